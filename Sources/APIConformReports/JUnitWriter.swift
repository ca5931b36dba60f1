import APIConformCore

/// Renders a run as JUnit XML, the report CI servers read, and writes it atomically.
///
/// The layout targets the Jenkins xUnit `junit-10.xsd`, which GitLab, GitHub reporters and Jenkins
/// all accept: `<testsuites>` with the run's totals, a `<testsuite>` per case file (with `file`,
/// `timestamp` and `hostname`, since `<testcase>` may carry no `file`), its `<properties>` first,
/// then a `<testcase>` per case. Documents are built with libxml2's writer, never by interpolation,
/// and every string is passed through `XMLText`, so a report stays valid whatever a server sent.
///
/// `<testsuites>` carries no `skipped` count: junit-10 does not allow it there, only on suites.
public struct JUnitWriter: Sendable {
    /// The longest `message` attribute, in Unicode scalars; bodies keep everything.
    public var messageLimit: Int

    public init(messageLimit: Int = XMLText.defaultMessageLimit) {
        self.messageLimit = messageLimit
    }

    /// The report as UTF-8 XML bytes.
    public func render(_ run: RunResult) throws -> [UInt8] {
        try XMLDocumentWriter.render { xml in
            let totals = RunTotals(run)
            try xml.element("testsuites", [
                "name": "apiconform",
                "tests": String(totals.tests),
                "failures": String(totals.failed),
                "errors": String(totals.errors),
                "time": JUnitFormat.seconds(totals.time),
            ]) {
                for suite in run.suites {
                    try writeSuite(suite, of: run, to: xml)
                }
            }
        }
    }

    /// Renders the report and replaces the file at `path` with it atomically, creating its directories.
    ///
    /// Errors name the path and the step that failed (`AtomicFile.WriteError`).
    public func write(_ run: RunResult, to path: String) throws {
        try AtomicFile.write(render(run), to: path)
    }

    private func writeSuite(_ suite: SuiteResult, of run: RunResult, to xml: borrowing XMLDocumentWriter) throws {
        let totals = RunTotals(suite.cases)
        try xml.element("testsuite", [
            "name": suite.name,
            "tests": String(totals.tests),
            "failures": String(totals.failed),
            "errors": String(totals.errors),
            "skipped": String(totals.skipped),
            "time": JUnitFormat.seconds(totals.time),
            "timestamp": JUnitFormat.timestamp(run.startedAt),
            // The Ant schema asks for `localhost` when the host is unknown; readers expect a value.
            "hostname": run.hostname.isEmpty ? "localhost" : run.hostname,
            "file": suite.file,
        ]) {
            try xml.element("properties") {
                for property in suite.properties {
                    try xml.element("property", ["name": property.name, "value": property.value])
                }
            }
            for result in suite.cases {
                try writeCase(result, to: xml)
            }
        }
    }
}
