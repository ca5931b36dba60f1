import APIConformTestSupport
import Foundation
import Testing

/// Golden scenarios: a folder with case files and recordings; the console output (and report) of a
/// run over it is pinned in the folder's `expected-*` files.
@Suite struct ScenarioTests {
    static let scenarios = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/APIConformCLITests/Scenarios")

    @Test func failingRunConsoleAndExitCode() throws {
        let folder = Self.scenarios.appendingPathComponent("failing-run")
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let output = try BinaryRunner.run(
            ["run", "--contracts", "../../../../cases/contracts", "--junit", reports.appendingPathComponent("junit.xml").path, "suites"],
            in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "")
        let console = output.stdout.replacingOccurrences(of: reports.path, with: "<reports>")
        GoldenFile.verify(Array(console.utf8), golden: folder.appendingPathComponent("expected-console.txt"))
    }

    @Test func ruleReferenceIsCurrent() throws {
        let output = try BinaryRunner.run(["rules", "--markdown"])
        #expect(output.status == 0)
        let committed = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(output.stdout == committed, "docs/rules.md is stale: run `swift run apiconform rules --markdown > docs/rules.md`")
    }

    @Test func malformedCaseFileStopsTheRunWithExitTwo() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("operation: ice.ListMediaBasicInfos\ncases:\n  - name: a\n    reqest: {MaxResults: 2}\n".utf8)
            .write(to: folder.appendingPathComponent("bad.yaml"))
        let contracts = BinaryRunner.repositoryRoot.appendingPathComponent("cases/contracts").path
        let output = try BinaryRunner.run(["run", "--contracts", contracts, "--junit", folder.appendingPathComponent("j.xml").path, "bad.yaml"], in: folder)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == """
            bad.yaml:4:5: error: [unknown_key] unknown key 'reqest' in case
              |
            4 |     reqest: {MaxResults: 2}
              |     ^
              = help: did you mean 'request'?
            1 error in the input; nothing ran.

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("j.xml").path), "nothing may run on bad input")
    }
}
