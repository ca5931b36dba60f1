import APIConformCore
import APIConformReports
import APIConformTestSupport
import Testing

/// `drift.md` and `drift.html` pinned byte for byte, the HTML held to libxml2's HTML parser, and the
/// `drift` JUnit suite held to the schema — over every status and text that tries to break the markup.
@Suite struct DriftReportTests {
    static let at = SourceLocation(file: "suites/huawei.yaml", line: 12, column: 5)

    static func observation(_ kind: DriftKind, _ path: FindingPath, _ status: DriftObservation.Status, actual: String,
                            acceptance: DriftAcceptance? = nil, source: String = "recordings/huawei/single.http") -> DriftObservation {
        DriftObservation(finding: Finding(rule: "r", path: path, message: "message for \(kind.rawValue)", expected: "documented", actual: actual, drift: kind),
                         kind: kind, status: status, acceptance: acceptance, source: source)
    }

    /// One case of each status, with markup, pipes, backticks and a control character in the values.
    static func run() throws -> RunResult {
        let accepted = DriftAcceptance(operation: "huawei.ShowAssetMeta", path: try JSONPathPattern(parsing: "$.assets[*].status"), kind: nil,
                                       reason: "ARCHIVED | cold tier <b>ok</b>", expires: CalendarDay(parsing: "2027-01-31"), location: at)
        let expired = DriftAcceptance(operation: "huawei.ShowAssetMeta", path: try JSONPathPattern(parsing: "$.assets[*].create_time"), kind: .timeFormat,
                                      reason: "migration window", expires: CalendarDay(parsing: "2026-10-31"), location: at)
        let drift = [
            observation(.typeChange, "$.assets[0].size", .fail, actual: "integer 14340962"),
            observation(.typeChange, "$.assets[1].size", .fail, actual: "integer 7"),
            observation(.newField, "$.assets[0].review", .warn, actual: "\"`rm -rf` | <script>alert(1)</script>\u{1B}\""),
            observation(.enumOutsideSet, "$.assets[0].status", .accepted, actual: "\"ARCHIVED\"", acceptance: accepted),
            observation(.timeFormat, "$.assets[0].create_time", .expired, actual: "\"2026-02-26T03:18:46Z\"", acceptance: expired),
        ]
        let result = CaseResult(name: "single-asset", classname: "huawei.ShowAssetMeta", location: at, outcome: .failed([drift[0].finding]), drift: drift)
        let suite = SuiteResult(name: "suites/huawei.yaml", file: "suites/huawei.yaml",
                                operation: "huawei.ShowAssetMeta", target: "recorded", mode: "replay", cases: [result])
        return RunResult(suites: [suite], startedAt: 1_767_323_045, hostname: "ci-host")
    }

    @Test func markdownIsPinned() throws {
        let run = try Self.run()
        GoldenFile.verify(Array(DriftMarkdown().render(DriftSummary(run), run: run).utf8), golden: GoldenFile.url("drift.md"))
    }

    @Test func htmlIsPinnedParsesCleanlyAndIsSelfContained() throws {
        let run = try Self.run()
        let html = Array(DriftHTML().render(DriftSummary(run), run: run).utf8)
        GoldenFile.verify(html, golden: GoldenFile.url("drift.html"))
        let parsed = HTMLChecker.check(html)
        #expect(parsed.issues == [])
        #expect(parsed.elements["tr"] == 5, "a header row and one row per drifted field: \(parsed.elements)")
        #expect(parsed.elements["script"] == nil, "markup in a response value stays text")
        #expect(parsed.references == [], "no external assets")
    }

    @Test func theCheckerSeesABrokenPage() {
        let parsed = HTMLChecker.check(Array("<html><body><table><tr><td>a</td></tr></tabel><p>&bogus;</p></body></html>".utf8))
        #expect(!parsed.issues.isEmpty)
    }

    @Test func noDriftSaysSo() throws {
        let quiet = RunResult(suites: [SuiteResult(name: "s", file: "s", operation: "", target: "", mode: "", cases: [CaseResult(name: "c", classname: "o", location: Self.at, outcome: .passed)])],
                              startedAt: 0, hostname: "h")
        let markdown = DriftMarkdown().render(DriftSummary(quiet), run: quiet)
        #expect(markdown.contains("No drift: the response kept its documented shape."))
        #expect(!markdown.contains("| Status |"))
        #expect(HTMLChecker.check(Array(DriftHTML().render(DriftSummary(quiet), run: quiet).utf8)).issues == [])
    }

    @Test func driftSuiteIsSchemaValidWithStableNames() throws {
        let run = try Self.run()
        let bytes = try JUnitWriter().render(run, drift: DriftSummary(run))
        #expect(SchemaValidator.validate(xml: bytes, schemaPath: PackageFiles.junitSchema) == [])
        let suites = try XMLTree.parse(bytes).children("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["suites/huawei.yaml", "drift"], "the drift suite is rendered beside the case suites")
        let drift = try #require(suites.last)
        #expect(drift.attributes["tests"] == "4" && drift.attributes["failures"] == "0" && drift.attributes["skipped"] == "1")
        #expect(drift.child("properties")?.children("property").map { "\($0.attributes["name"] ?? "")=\($0.attributes["value"] ?? "")" }
            == ["target=recorded", "mode=replay"])
        let cases = drift.children("testcase")
        #expect(cases.map { $0.attributes["name"] } == ["type_change $.assets[*].size", "time_format $.assets[*].create_time",
                                                        "new_field $.assets[*].review", "enum_outside_set $.assets[*].status"])
        #expect(cases.map { $0.attributes["classname"] } == Array(repeating: "drift.huawei.ShowAssetMeta", count: 4))
        // Failing drift already fails its case: the inventory does not count it a second time.
        #expect(cases.map { $0.children.first?.name ?? "passed" } == ["passed", "passed", "passed", "skipped"])
        let notes = try #require(drift.child("system-out")).text.split(separator: "\n").map(String.init)
        #expect(notes.count == 6, "a name line and a warning line per drift that is not accepted: \(notes)")
        #expect(notes[1].hasPrefix("  warning (drift): [drift.type_change] $.assets[0].size: fails the run (in its case): "))
        #expect(notes[5].hasPrefix("  warning (drift): [drift.new_field] $.assets[0].review: ") && !notes[5].contains("fails the run"))
    }
}
