import APIConformTestSupport
import Foundation
import Testing

/// `apiconform diff` through the real binary: the golden table and Markdown, exit codes 0/1/2, and
/// accepted drift on the fixed day `SOURCE_DATE_EPOCH` gives (2026-01-02).
@Suite struct DiffCommandTests {
    static let folder = ScenarioTests.scenarios.appendingPathComponent("diff")
    static let contracts = "../../../../cases/contracts"

    @Test func goldenTableAndMarkdownExitOne() throws {
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let markdown = reports.appendingPathComponent("diff.md")
        let output = try BinaryRunner.run(["diff", "old", "new", "--contracts", Self.contracts, "--accepted-drift", "accepted-drift.yaml",
                                           "--markdown", markdown.path], in: Self.folder)
        #expect(output.status == 1, "a breaking change is not accepted (one expired, one never was)")
        #expect(output.stderr == "new/misc/delete-video.http: warning: no operation for this recording (its directory is no contract's operation, and neither its x-acs-action header nor its path matches one); left out\n")
        GoldenFile.verify(Array(output.stdout.utf8), golden: Self.folder.appendingPathComponent("expected-console.txt"))
        GoldenFile.verify([UInt8](try Data(contentsOf: markdown)), golden: Self.folder.appendingPathComponent("expected-summary.md"))
    }

    @Test func identicalSetsExitZero() throws {
        let output = try BinaryRunner.run(["diff", "old", "old", "--contracts", Self.contracts], in: Self.folder)
        #expect(output.status == 0)
        #expect(output.stdout == "apiconform diff: old (3 recordings) → old (3 recordings)\n\nno changes\n\n0 breaking (0 accepted), 0 additive, 0 info\n")
    }

    /// OLD and a copy of it where Huawei's create_time turned ISO 8601: one breaking change.
    func oneBreakingChange(accepted expires: String) throws -> BinaryRunner.Output {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let new = directory.appendingPathComponent("new")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("old"), to: new)
        let file = new.appendingPathComponent("huawei.ShowAssetMeta/doc-example.http")
        let text = try String(contentsOf: file, encoding: .utf8)
        let planted = text.replacingOccurrences(of: #""create_time" : "20190704144303""#, with: #""create_time" : "2019-07-04T14:43:03Z""#)
        try #require(planted != text)
        try Data(planted.utf8).write(to: file)
        try Data("""
            accepted:
              - operation: huawei.ShowAssetMeta
                path: $.asset_info_array[*].base_info.create_time
                kind: time_format
                reason: our client parses both formats
                expires: \(expires)

            """.utf8).write(to: directory.appendingPathComponent("accepted.yaml"))
        return try BinaryRunner.run(["diff", Self.folder.appendingPathComponent("old").path, "new", "--contracts", Self.folder.appendingPathComponent(Self.contracts).path,
                                     "--accepted-drift", "accepted.yaml"], in: directory)
    }

    @Test func anAcceptedBreakingChangeExitsZero() throws {
        let output = try oneBreakingChange(accepted: "2026-01-02")
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("time_format  yyyymmddhhmmss → +iso8601_utc  accepted until 2026-01-02\n"), "\(output.stdout)")
        #expect(output.stdout.hasSuffix("\n1 breaking (1 accepted), 0 additive, 0 info\n"))
    }

    @Test func theSameAcceptanceExpiredExitsOne() throws {
        let output = try oneBreakingChange(accepted: "2026-01-01")
        #expect(output.status == 1)
        #expect(output.stdout.contains("yyyymmddhhmmss → +iso8601_utc  expired 2026-01-01 (fails)\n"), "\(output.stdout)")
        #expect(output.stdout.hasSuffix("\n1 breaking (0 accepted), 0 additive, 0 info\n"))
    }

    @Test func aMissingDirectoryExitsTwo() throws {
        let output = try BinaryRunner.run(["diff", "old", "nowhere", "--contracts", Self.contracts], in: Self.folder)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("Error: no directory of recordings at nowhere\n"), "\(output.stderr)")
    }

    /// --drift-report belongs to run and record; diff writes Markdown with --markdown. A usage error, not ignored.
    @Test func driftReportIsNotAnOptionOfDiff() throws {
        let output = try BinaryRunner.run(["diff", "old", "new", "--contracts", Self.contracts, "--drift-report", "reports"], in: Self.folder)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("Error: Unknown option '--drift-report'"), "\(output.stderr)")
    }

    @Test func aMalformedRecordingExitsTwoNamingItsLine() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("new/vod.BatchGetMediaInfos"), withIntermediateDirectories: true)
        try Data("# apiconform recording v1\n> POST /\n< HTTP/1.1 OK\n<\n{}".utf8).write(to: directory.appendingPathComponent("new/vod.BatchGetMediaInfos/a.http"))
        let output = try BinaryRunner.run(["diff", Self.folder.appendingPathComponent("old").path, "new",
                                           "--contracts", Self.folder.appendingPathComponent(Self.contracts).path], in: directory)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == """
            new/vod.BatchGetMediaInfos/a.http:3:1: error: [malformed_recording] expected '< HTTP/1.1 STATUS REASON'
              |
            3 | < HTTP/1.1 OK
              | ^
              = help: see docs/recordings.md for the format
            1 error in the input; nothing ran.

            """)
    }

    @Test func aMalformedAcceptanceFileExitsTwo() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("accepted:\n  - operation: vod.BatchGetMediaInfos\n    path: $.MediaInfos\n    reason: fine\n    expires: 2026-02-30\n".utf8)
            .write(to: directory.appendingPathComponent("accepted.yaml"))
        let output = try BinaryRunner.run(["diff", "old", "new", "--contracts", Self.contracts, "--accepted-drift", directory.appendingPathComponent("accepted.yaml").path],
                                          in: Self.folder)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.contains("accepted.yaml:5:14: error: [invalid_date] '2026-02-30' is not a calendar day"), "\(output.stderr)")
    }
}
