import Testing
@testable import APIConformCore
@testable import APIConformReports

/// The run record keeps what reports need, typed: a suite's operation, target and mode, a finding's
/// path and its walk page, read back as they were written.
@Suite struct RunRecordTests {
    static let at = SourceLocation(file: "suites/ice.yaml", line: 3, column: 5)

    static func run() -> RunResult {
        let findings = [
            Finding(rule: "type", path: .value(JSONPath([.key("MediaInfos"), .index(0), .key("Title")])), message: "expected a string, found an integer",
                    page: .number(2), expected: "string", actual: "integer 7"),
            Finding(rule: "paging", path: .value(JSONPath([.key("TotalCount")])), message: "page 3 says total 6, page 1 said 5", page: .walk),
            Finding(rule: "expect.count", path: .pattern(try! JSONPathPattern(parsing: "$.MediaInfos[*]")), message: "3 items, the case expects 2"),
        ]
        let result = CaseResult(name: "walk", classname: "ice.ListMediaBasicInfos", location: at, outcome: .failed(findings))
        let suite = SuiteResult(name: "suites/ice.yaml", file: "suites/ice.yaml", operation: "ice.ListMediaBasicInfos", target: "stand-in",
                                mode: "live", cases: [result])
        return RunResult(suites: [suite], startedAt: 1_767_323_045, hostname: "h")
    }

    @Test func aRunReadsBackAsItWasWritten() throws {
        let run = Self.run()
        let text = RunRecord.render(run)
        #expect(try RunRecordReader.read(Array(text.utf8), file: "run.ndjson") == run)
        #expect(text.contains(#""properties":[{"name":"operation","value":"ice.ListMediaBasicInfos"},{"name":"target","value":"stand-in"},{"name":"mode","value":"live"}]"#))
        #expect(text.contains(#""message":"expected a string, found an integer","page":2"#))
        #expect(text.contains(#""page":"walk""#))
    }

    @Test func reportsPrintThePageBeforeTheMessage() {
        guard case .failed(let findings) = Self.run().suites[0].cases[0].outcome else { Issue.record("the fixture fails"); return }
        #expect(findings.map(FindingText.summary) == [
            "[type] $.MediaInfos[0].Title: page 2: expected a string, found an integer",
            "[paging] $.TotalCount: page walk: page 3 says total 6, page 1 said 5",
            "[expect.count] $.MediaInfos[*]: 3 items, the case expects 2",
        ])
    }

    @Test func anUnknownSuitePropertyIsRefused() {
        let text = RunRecord.render(Self.run()).replacingOccurrences(of: #"{"name":"mode","value":"live"}"#, with: #"{"name":"region","value":"x"}"#)
        #expect(throws: RunRecordReader.Failure.self) { try RunRecordReader.read(Array(text.utf8), file: "run.ndjson") }
    }
}
