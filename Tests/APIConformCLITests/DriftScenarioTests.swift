import APIConformReports
import APIConformTestSupport
import Foundation
import Testing

/// Planted drift through the real binary: console, JUnit (schema-valid, a `drift` suite with stable
/// names), drift.md and drift.html pinned; acceptances decide the exit code.
@Suite struct DriftScenarioTests {
    static let folder = ScenarioTests.scenarios.appendingPathComponent("drift-run")

    func run(_ accepted: String, reports: URL) throws -> BinaryRunner.Output {
        try BinaryRunner.run(["run", "--contracts", "../../../../cases/contracts", "--accepted-drift", accepted,
                              "--junit", reports.appendingPathComponent("junit.xml").path, "suites"], in: Self.folder)
    }

    @Test func plantedDriftIsSummarisedEverywhereAndPinned() throws {
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let output = try run("accepted-drift.yaml", reports: reports)
        #expect(output.status == 1, "a breaking change and an expired acceptance fail the run")
        #expect(output.stderr == "")
        let console = output.stdout.replacingOccurrences(of: reports.path, with: "<reports>")
        GoldenFile.verify(Array(console.utf8), golden: Self.folder.appendingPathComponent("expected-console.txt"))

        let junit = try [UInt8](Data(contentsOf: reports.appendingPathComponent("junit.xml")))
        #expect(SchemaValidator.validate(xml: junit, schemaPath: ReportTests.xsd) == [])
        GoldenFile.verify(junit, golden: Self.folder.appendingPathComponent("expected-junit.xml"))

        let markdown = try [UInt8](Data(contentsOf: reports.appendingPathComponent("drift.md")))
        GoldenFile.verify(markdown, golden: Self.folder.appendingPathComponent("expected-drift.md"))
        let html = try [UInt8](Data(contentsOf: reports.appendingPathComponent("drift.html")))
        GoldenFile.verify(html, golden: Self.folder.appendingPathComponent("expected-drift.html"))
        let page = HTMLChecker.check(html)
        #expect(page.issues == [])
        #expect(page.elements["tr"] == 6, "a header and five drifted fields: \(page.elements)")
        #expect(page.references == [])
    }

    @Test func acceptingEveryBreakingChangeTurnsTheRunGreen() throws {
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let output = try run("accept-everything.yaml", reports: reports)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("drift: 5 fields drifted in 5 responses"))
        let markdown = try String(contentsOf: reports.appendingPathComponent("drift.md"), encoding: .utf8)
        #expect(markdown.contains("5 drifted fields in 5 responses: 0 failing, 0 expired acceptances, 2 warnings, 3 accepted"), "\(markdown)")
    }

    @Test func aMalformedAcceptanceFileStopsTheRun() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("accepted:\n  - {operation: huawei.ShowAssetMeta, path: $.a, reason: r, expires: soon}\n".utf8)
            .write(to: folder.appendingPathComponent("accepted.yaml"))
        let output = try run(folder.appendingPathComponent("accepted.yaml").path, reports: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("error: [invalid_date] 'soon' is not a calendar day"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("junit.xml").path), "nothing runs on bad input")
    }
}
