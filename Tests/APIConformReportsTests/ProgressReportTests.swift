import APIConformCore
import APIConformReports
import Testing

@Suite struct ProgressReportTests {
    let location = SourceLocation(file: "cases/suites/x.yaml", line: 3, column: 5)

    func progress(_ outcome: CaseOutcome, done: Int = 3) -> CaseProgress {
        CaseProgress(result: CaseResult(name: "doc-example", classname: "ice.X", location: location, outcome: outcome),
                     operation: "ice.X", done: done, total: 81)
    }

    @Test func aLinePerFinishedCase() {
        let report = ProgressReport()
        #expect(report.line(progress(.passed)) == "[3/81] ok       ice.X doc-example")
        #expect(report.line(progress(.skipped(reason: "known deviation: relation: the doc's example\nmore"))) == "[3/81] skipped  ice.X doc-example — known deviation: relation: the doc's example")
        #expect(report.line(progress(.error(kind: "transport", message: "gave up after 3 attempts: HTTP 503", details: "attempt 1"))) == "[3/81] ERROR    ice.X doc-example [transport] gave up after 3 attempts: HTTP 503")
        let finding = Finding(rule: "enum", path: "$.Status", message: "m", expected: "e", actual: "a", declaredAt: location)
        #expect(report.line(progress(.failed([finding, finding]))) == "[3/81] FAILED   ice.X doc-example (2 findings)")
    }

    @Test func quietKeepsOnlyFailuresAndErrors() {
        let report = ProgressReport(quiet: true)
        #expect(report.line(progress(.passed)) == nil)
        #expect(report.line(progress(.skipped(reason: "r"))) == nil)
        #expect(report.line(progress(.error(kind: "interrupted", message: "not run: interrupted", details: ""))) == "[3/81] ERROR    ice.X doc-example [interrupted] not run: interrupted")
    }

    @Test func theStatusLineSaysDoneTotalErrorsAndRate() {
        #expect(ProgressReport().status(done: 12, total: 81, failed: 1, errors: 2, seconds: 4) == "apiconform: 12/81 cases, 1 failed, 2 errors, 3.0 cases/s")
        #expect(ProgressReport().status(done: 0, total: 81, failed: 0, errors: 1, seconds: 0) == "apiconform: 0/81 cases, 0 failed, 1 error, 0.0 cases/s")
    }
}
