import APIConformTestSupport
import Foundation
import Testing

/// Hostile sizes and special files through the built binary: a clear finding or diagnostic, never a
/// crash or a hang. `timeout` is only a guard so a regression fails instead of stalling the suite.
@Suite struct HostileInputTests {
    /// Runs the binary under `timeout 120`, standard input from `stdin` (a file) when given.
    static func run(_ arguments: [String], stdin: String? = nil) throws -> BinaryRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["120", BinaryRunner.binary.path] + arguments
        process.currentDirectoryURL = BinaryRunner.repositoryRoot
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).out")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return BinaryRunner.Output(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                                   stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// A sparse file of `size` bytes: no disk is spent, and stat(2) reports the size.
    static func sparseFile(_ path: String, size: UInt64) throws {
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    @Test func aBodyOverTheLimitIsAFindingNotACrash() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = folder.appendingPathComponent("huge.json").path
        try Self.sparseFile(body, size: 64 << 20 + 1)
        for input in [(arguments: [body], stdin: String?.none), (arguments: ["-"], stdin: body)] {
            let output = try Self.run(["check", "--operation", "ice.ListMediaBasicInfos"] + input.arguments, stdin: input.stdin)
            #expect(output.status == 1, "\(output.stderr)")
            #expect(output.stdout.contains("[input_limit] $: the body exceeds the input limit json_body_bytes: it is more than 67108864 bytes"), "\(output.stdout)")
        }
        let small = folder.appendingPathComponent("small.json").path
        try Data(#"{"RequestId": "r", "TotalCount": 0, "MediaInfos": []}"#.utf8).write(to: URL(fileURLWithPath: small))
        let quiet = try Self.run(["check", "--operation", "ice.ListMediaBasicInfos", "-"], stdin: small)
        #expect(!quiet.stdout.contains("input_limit"), "\(quiet.stdout)")
    }

    /// 10⁵ undocumented members: the text lists `report_findings_listed` (200) and counts the rest;
    /// `--format json` keeps every one.
    @Test func tenToTheFiveUndocumentedMembersGiveTheBoundedOutput() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = folder.appendingPathComponent("keys.json").path
        let text = #"{"RequestId": "r", "TotalCount": 0, "MediaInfos": []"# + (0..<100_000).map { #","Extra\#($0)":\#($0)"# }.joined() + "}"
        try Data(text.utf8).write(to: URL(fileURLWithPath: body))
        let output = try Self.run(["check", "--operation", "ice.ListMediaBasicInfos", body])
        #expect(output.status == 0, "\(output.stderr)")
        let listed = output.stdout.split(separator: "\n").filter { $0.hasPrefix("[undocumented_field] ") }
        #expect(listed.count == 200)
        #expect(listed.first == "[undocumented_field] $.Extra0: undocumented field 'Extra0'")
        #expect(output.stdout.contains("\n… 99800 more findings (--format json lists every one)\nice.ListMediaBasicInfos: 100000 findings (100000 warns)\n"))
        #expect(output.stdout.utf8.count < 200 * 400 + 4096)
        let json = try Self.run(["check", "--operation", "ice.ListMediaBasicInfos", "--format", "json", body])
        #expect(json.stdout.components(separatedBy: #""rule":"undocumented_field""#).count - 1 == 100_000)
    }

    @Test func specialFilesAndAnAliasBombGiveADiagnosticAndExit2() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.path
        #expect(mkfifo(base + "/fifo.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: base + "/zero.yaml", withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: base + "/loop.yaml", withDestinationPath: base + "/loop.yaml")
        try FileManager.default.createDirectory(atPath: base + "/suites/x.yaml", withIntermediateDirectories: true)
        try Self.sparseFile(base + "/huge.yaml", size: 8 << 20 + 1)
        var bomb = ["operation: ice.ListMediaBasicInfos", "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 { bomb.append("x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        try Data((bomb + ["cases: []"]).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: base + "/bomb.yaml"))
        let expected: [(String, String)] = [
            ("fifo.yaml", "fifo.yaml:1:1: error: [not_a_file]"),
            ("zero.yaml", "zero.yaml:1:1: error: [not_a_file]"),
            ("loop.yaml", "Too many levels of symbolic links"),
            ("suites", "x.yaml:1:1: error: [not_a_file]"),
            ("huge.yaml", "huge.yaml:1:1: error: [input_limit]"),
            ("bomb.yaml", "bomb.yaml:2:5: error: [yaml_alias]"),
        ]
        for (name, fragment) in expected {
            let output = try Self.run(["lint", base + "/" + name])
            #expect(output.status == 2, "\(name): \(output.stderr)")
            #expect(output.stderr.contains(fragment), "\(name): \(output.stderr)")
            #expect(output.stderr.contains("help:"), "\(name) says the fix: \(output.stderr)")
        }
        // The other readers of files refuse a FIFO too, rather than blocking on it.
        for (arguments, fragment) in [(["merge", base + "/fifo.yaml"], "cannot read the run record"),
                                      (["check", "--operation", "ice.ListMediaBasicInfos", base + "/fifo.yaml"], "is a FIFO, not a regular file"),
                                      (["check", "--operation", "ice.ListMediaBasicInfos", "--request", base + "/fifo.yaml", base + "/huge.yaml"], "cannot read the request file")] {
            let output = try Self.run(arguments)
            #expect(output.status != 0 && output.stderr.contains(fragment), "\(arguments): \(output.stderr)")
        }
    }

    @Test(arguments: MalformedFile.all)
    func lintExits2OnEachMalformedFile(_ malformed: MalformedFile) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("suites")
        let contracts = folder.appendingPathComponent("contracts")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: contracts, withIntermediateDirectories: true)
        let file = (malformed.kind == .contract ? contracts : folder).appendingPathComponent(malformed.name + ".yaml")
        try Data(malformed.bytes).write(to: file)
        let arguments = malformed.kind == .contract ? ["lint", "--contracts", contracts.path, empty.path] : ["lint", file.path]
        let output = try Self.run(arguments)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.contains(file.path + ":" + malformed.expected), "\(output.stderr)")
        #expect(output.stderr.contains("= help: "), "\(output.stderr)")
    }
}
