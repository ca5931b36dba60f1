import APIConformCore
import Testing
@testable import APIConformReports

/// Where CI points for a case, and how a skipped case's reasons print.
@Suite struct CaseLocationTests {
    static let caseAt = SourceLocation(file: "cases/suites/x.yaml", line: 10, column: 5)

    func result(_ findings: [Finding]) -> CaseResult {
        CaseResult(name: "a", classname: "ice.ListMediaBasicInfos", location: Self.caseAt, outcome: .failed(findings))
    }

    @Test func aFailingExpectEntryIsWhereTheAnnotationPoints() throws {
        let entry = SourceLocation(file: "cases/suites/x.yaml", line: 14, column: 9)
        let failed = result([Finding(rule: "expect.equals", path: "$.A", message: "m", declaredAt: entry)])
        #expect(failed.annotationLocation == entry)
        let run = RunResult(suites: [SuiteResult(name: "x", file: "cases/suites/x.yaml", operation: "x", target: "replay", mode: "replay", cases: [failed])], startedAt: 0, hostname: "h")
        let xml = try JUnitWriter(dialect: .annotated).render(run)
        #expect(String(decoding: xml, as: UTF8.self).contains(#"file="cases/suites/x.yaml" line="14""#))
        #expect(GitHubReport().annotations(run).hasPrefix("::error file=cases/suites/x.yaml,line=14,"), "\(GitHubReport().annotations(run))")
    }

    @Test func aContractFindingPointsAtTheCase() {
        let contract = SourceLocation(file: "cases/contracts/c.yaml", line: 40, column: 3)
        #expect(result([Finding(rule: "enum", path: "$.A", message: "m", declaredAt: contract)]).annotationLocation == Self.caseAt)
    }

    @Test func severalDeviationReasonsPrintOnePerLine() {
        let reason = "known deviation: relation: the example's ids differ; both are fakes; paging: one item, not two"
        #expect(ConsoleReport.deviationReasons(reason) == ["relation: the example's ids differ; both are fakes", "paging: one item, not two"])
        #expect(ConsoleReport.deviationReasons("known deviation: relation: a; b") == ["relation: a; b"])
        #expect(ConsoleReport.deviationReasons("requires replay") == ["requires replay"])
    }
}
