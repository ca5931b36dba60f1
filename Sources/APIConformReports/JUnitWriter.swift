import APIConformCore

/// Renders a run as JUnit XML, the report CI servers read, and writes it atomically.
///
/// The layout is the one `schemas/junit.xsd` holds (docs/reports.md): `<testsuites>` without
/// attributes, a `<testsuite>` per case file with `package` (the operation) and `id`, its
/// `<properties>` first, then a `<testcase>` per case with at most one result element, then the
/// suite's `<system-out>` (deviations and warnings, case by case) and `<system-err>`. That is the
/// common ground of junit-10.xsd and the Ant schema, so every reader accepts it; `annotated` adds
/// `file` and `line` for the readers that place annotations. Documents are built with libxml2's
/// writer, never by interpolation, and every string goes through `XMLText`.
public struct JUnitWriter: Sendable {
    /// The longest `message` attribute, in Unicode scalars; bodies keep everything.
    public var messageLimit: Int
    public var dialect: JUnitDialect

    public init(messageLimit: Int = XMLText.defaultMessageLimit, dialect: JUnitDialect = .portable) {
        self.messageLimit = messageLimit
        self.dialect = dialect
    }

    /// The report as UTF-8 XML bytes.
    public func render(_ run: RunResult) throws -> [UInt8] {
        try XMLDocumentWriter.render { xml in
            try xml.element("testsuites") {
                for (id, suite) in run.suites.enumerated() {
                    try writeSuite(suite, id: id, of: run, to: xml)
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

    private func writeSuite(_ suite: SuiteResult, id: Int, of run: RunResult, to xml: borrowing XMLDocumentWriter) throws {
        let totals = RunTotals(suite.cases)
        try xml.element("testsuite", [
            "name": suite.name,
            "package": suite.properties.first { $0.name == "operation" }?.value ?? suite.name,
            "id": String(id),
            "tests": String(totals.tests),
            "failures": String(totals.failed),
            "errors": String(totals.errors),
            "skipped": String(totals.skipped),
            "time": JUnitFormat.seconds(totals.time),
            "timestamp": JUnitFormat.timestamp(run.startedAt),
            // The Ant schema asks for `localhost` when the host is unknown; readers expect a value.
            "hostname": run.hostname.isEmpty ? "localhost" : run.hostname,
        ]) {
            if dialect == .annotated, !suite.file.isEmpty { try xml.attribute("file", suite.file) }
            try xml.element("properties") {
                for property in suite.properties {
                    try xml.element("property", ["name": property.name, "value": property.value])
                }
            }
            for result in suite.cases {
                try writeCase(result, to: xml)
            }
            try xml.element("system-out") {
                try xml.text(Self.systemOut(suite.cases))
            }
            try xml.element("system-err")
        }
    }
}
