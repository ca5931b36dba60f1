import APIConformCore
@testable import APIConformReports
import Testing

/// A hostile body's many findings and huge values do not make reports grow far beyond the input:
/// human-readable reports list at most `Excerpt.maximumFindingsListed` per case and count the rest.
@Suite struct ReportSizeTests {
    static func findings(_ count: Int) -> [Finding] {
        (0..<count).map { Finding(rule: "undocumented_field", severity: .drift, path: .value(JSONPath([.key("K\($0)")])), message: "undocumented field K\($0)") }
    }

    @Test func theFailureBodyListsTheFirstFindingsAndCountsTheRest() {
        let many = JUnitWriter.failureBody(Self.findings(250), at: RunFixtures.location(3))
        #expect(many.contains("$.K199") && !many.contains("$.K200"))
        #expect(many.contains("… 50 more findings (run.ndjson lists every one)"))
        let few = JUnitWriter.failureBody(Self.findings(200), at: RunFixtures.location(3))
        #expect(few.contains("$.K199") && !few.contains("more findings"))
    }

    @Test func warningsAndTheConsoleAreCappedToo() {
        var run = RunFixtures.everyOutcome()
        run.suites[0].cases[0].warnings = Self.findings(1000)
        run.suites[0].cases[1].outcome = .failed(Self.findings(201))
        let notes = JUnitWriter.notes(of: run.suites[0].cases[0])
        #expect(notes.filter { $0.hasPrefix("warning") }.count == 200 && notes.last == "… 800 more warnings")
        let console = ConsoleReport().render(run.suites[0].cases[1], operation: "ice.ListMediaBasicInfos")
        #expect(console.contains("… 1 more findings (run.ndjson lists every one)"))
    }
}
