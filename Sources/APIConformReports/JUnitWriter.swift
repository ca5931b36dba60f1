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

    /// The report as UTF-8 XML bytes: the case suites, then (when there is drift) the `drift` suite.
    public func render(_ run: RunResult, drift: DriftSummary? = nil) throws -> [UInt8] {
        try XMLDocumentWriter.render { xml in
            try xml.element("testsuites") {
                for (id, suite) in run.suites.enumerated() {
                    try writeSuite(suite, id: id, of: run, to: xml)
                }
                if let drift, !drift.isEmpty {
                    try writeDriftSuite(drift, id: run.suites.count, of: run, to: xml)
                }
            }
        }
    }

    /// Renders the report and replaces the file at `path` with it atomically, creating its directories.
    ///
    /// Errors name the path and the step that failed (`AtomicFile.WriteError`).
    public func write(_ run: RunResult, drift: DriftSummary? = nil, to path: String) throws {
        try AtomicFile.write(render(run, drift: drift), to: path)
    }

    private func writeSuite(_ suite: SuiteResult, id: Int, of run: RunResult, to xml: borrowing XMLDocumentWriter) throws {
        let header = SuiteHeader(name: suite.name, package: suite.operation.isEmpty ? suite.name : suite.operation, file: suite.file,
                                 totals: RunTotals(suite.cases), properties: SuiteProperties.of(suite))
        try writeSuite(header, id: id, of: run, to: xml) {
            for result in suite.cases {
                try writeCase(result, to: xml)
            }
            try xml.element("system-out") {
                try xml.text(Self.systemOut(suite.cases))
            }
        }
    }

    /// What a `<testsuite>` element says of itself before its testcases.
    struct SuiteHeader {
        var name: String
        var package: String
        var file: String
        var totals: RunTotals
        var properties: [(name: String, value: String)]
    }

    /// A `<testsuite>` with its attributes and `<properties>`, `body` (the testcases and `<system-out>`), then `<system-err>`.
    func writeSuite(_ header: SuiteHeader, id: Int, of run: RunResult, to xml: borrowing XMLDocumentWriter, body: () throws -> Void) throws {
        try xml.element("testsuite", [
            "name": header.name,
            "package": header.package,
            "id": String(id),
            "tests": String(header.totals.tests),
            "failures": String(header.totals.failed),
            "errors": String(header.totals.errors),
            "skipped": String(header.totals.skipped),
            "time": JUnitFormat.seconds(header.totals.time),
            "timestamp": JUnitFormat.timestamp(run.startedAt),
            // The Ant schema asks for `localhost` when the host is unknown; readers expect a value.
            "hostname": run.hostname.isEmpty ? "localhost" : run.hostname,
        ]) {
            if dialect == .annotated, !header.file.isEmpty { try xml.attribute("file", header.file) }
            try xml.element("properties") {
                for property in header.properties {
                    try xml.element("property", ["name": property.name, "value": property.value])
                }
            }
            try body()
            try xml.element("system-err")
        }
    }
}
