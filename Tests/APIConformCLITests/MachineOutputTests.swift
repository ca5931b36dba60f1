import APIConformReports
import APIConformTestSupport
import Foundation
import Testing

/// What CI tools read from a run: GitHub annotations and job summary, the NDJSON run record. Pinned.
@Suite struct MachineOutputTests {
    static let folder = ScenarioTests.scenarios.appendingPathComponent("failing-run")

    @Test func githubAnnotationsAndJobSummaryArePinned() throws {
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let summary = reports.appendingPathComponent("step-summary.md")
        try Data("earlier step\n".utf8).write(to: summary)
        let output = try BinaryRunner.run(
            ["run", "--contracts", "../../../../cases/contracts", "--junit", reports.appendingPathComponent("junit.xml").path, "suites"],
            in: Self.folder, environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary.path])
        #expect(output.status == 1)
        let annotations = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("::") }
        #expect(annotations.count == 3, "one per failing or erring case: \(annotations)")
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=suites/ice-list.yaml,line=") })
        GoldenFile.verify(Array((annotations.joined(separator: "\n") + "\n").utf8), golden: Self.folder.appendingPathComponent("expected-github.txt"))
        let written = try String(contentsOf: summary, encoding: .utf8)
        #expect(written.hasPrefix("earlier step\n# apiconform\n"), "the summary is appended, never replacing earlier steps'")
        GoldenFile.verify(Array(written.utf8), golden: Self.folder.appendingPathComponent("expected-step-summary.md"))
    }

    @Test func jsonOutputIsTheRunRecordAndPinned() throws {
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let output = try BinaryRunner.run(
            ["run", "--format", "json", "--contracts", "../../../../cases/contracts", "--junit", reports.appendingPathComponent("junit.xml").path, "suites"],
            in: Self.folder)
        #expect(output.status == 1)
        // Every stdout line is one JSON object; the report paths went to stderr.
        for line in output.stdout.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(line)")
        }
        #expect(output.stderr.contains("JUnit report: "))
        #expect(output.stdout == (try String(contentsOf: reports.appendingPathComponent("run.ndjson"), encoding: .utf8)))
        GoldenFile.verify(Array(output.stdout.utf8), golden: Self.folder.appendingPathComponent("expected-run.ndjson"))
    }

    @Test func annotationsCannotBeInjectedOrBroken() {
        let report = GitHubReport()
        #expect(report.data("50%\r\n::error::x\u{1B}[2J") == "50%25\\u{D}%0A::error::x\\u{1B}[2J")
        #expect(report.property("a,b:c\nd") == "a%2Cb%3Ac%0Ad")
    }
}
