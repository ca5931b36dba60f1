import Foundation
import Testing
@testable import APIConformCore

/// No YAML input makes a loader hang or blow up: aliases are refused before anything is composed,
/// nesting and node counts are bounded, and special files are refused before they are opened.
@Suite struct HostileYAMLTests {
    /// "Billion laughs": nine levels of nine aliases, 9⁹ nodes if expanded.
    static let aliasBomb: String = {
        var lines = ["operation: ice.ListMediaBasicInfos", "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return (lines + ["cases: []"]).joined(separator: "\n") + "\n"
    }()

    @Test func anAliasBombIsRefusedAtItsFirstAnchor() throws {
        let diagnostics = try Fixtures.caseFileDiagnostics(Self.aliasBomb)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("cases/suites/broken.yaml:2:5: error: [yaml_alias] an anchor (&name) is not supported") == true)
        #expect(diagnostics.first?.contains("write the value out in full") == true)
        let contract = Fixtures.contractDiagnostics(Self.aliasBomb)
        #expect(contract.first?.contains("[yaml_alias]") == true)
    }

    @Test func anAliasWithoutAnchorAndAnAliasedKeyAreRefused() throws {
        #expect(try Fixtures.caseFileDiagnostics("operation: ice.ListMediaBasicInfos\ncases: *x\n").first?
            .hasPrefix("cases/suites/broken.yaml:2:8: error: [yaml_alias] an alias (*name)") == true)
        let keyed = "a: &k [1]\n? *k\n: 2\n"
        #expect(Fixtures.contractDiagnostics(keyed).first?.contains(":1:4: error: [yaml_alias]") == true)
    }

    @Test func nestingAndNodeCountAreBounded() {
        let deep = "a: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        let diagnostics = Fixtures.contractDiagnostics(deep)
        #expect(diagnostics.first?.contains("[input_limit] nesting deeper than 64 levels (limit yaml_depth)") == true, "\(diagnostics)")
        let many = YAMLComposer.check("[" + Array(repeating: "1", count: 20).joined(separator: ",") + "]", file: "f.yaml",
                                       limits: YAMLLimits(maximumFileBytes: 1000, maximumDepth: 4, maximumNodes: 10))
        #expect(many?.key == "input_limit")
        #expect(many?.message.contains("yaml_nodes") == true)
        #expect(YAMLComposer.check("a: [1, {b: 2}]\nc: 'x & *y'\n# &z\n", file: "f.yaml") == nil, "quoted text and comments are no anchors")
    }

    static func readDiagnostics(_ path: String, limit: Int = YAMLLimits.standard.maximumFileBytes) -> [Diagnostic] {
        let sink = DiagnosticSink()
        #expect(SourceFile.read(path, sink: sink, limit: limit) == nil)
        return sink.diagnostics
    }

    @Test func specialFilesAreRefusedBeforeTheyAreOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/dir.yaml", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/fifo.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.yaml", withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a.yaml", withDestinationPath: folder + "/b.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b.yaml", withDestinationPath: folder + "/a.yaml")
        #expect(FileManager.default.createFile(atPath: folder + "/huge.yaml", contents: Data(repeating: 0x20, count: 101)))
        let cases: [(String, String, String)] = [
            ("dir.yaml", "not_a_file", "is a directory, not a regular file"),
            ("fifo.yaml", "not_a_file", "is a FIFO, not a regular file"),
            ("zero.yaml", "not_a_file", "is a device, not a regular file"),
            ("a.yaml", "missing_file", "Too many levels of symbolic links"),
            ("missing.yaml", "missing_file", "No such file or directory"),
            ("huge.yaml", "input_limit", "is 101 bytes, more than the limit of 100 bytes (limit yaml_file_bytes)"),
        ]
        for (name, key, message) in cases {
            let diagnostics = Self.readDiagnostics(folder + "/" + name, limit: 100)
            #expect(diagnostics.map(\.key) == [key], "\(name)")
            #expect(diagnostics.first?.message.contains(message) == true, "\(name): \(diagnostics)")
            #expect(diagnostics.first?.hint != nil, "\(name) says the fix")
        }
    }

    @Test func notUTF8NamesTheLineAndAByteOrderMarkIsDropped() {
        let sink = DiagnosticSink()
        #expect(SourceFile.text(Array("a: 1\nb: ".utf8) + [0xC3, 0x28], path: "f.yaml", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.description) == ["f.yaml:2:4: error: [encoding] f.yaml is not UTF-8: an invalid byte sequence at line 2, column 4; save the file as UTF-8"])
        #expect(SourceFile.text([0xEF, 0xBB, 0xBF] + Array("a: 1".utf8), path: "f.yaml", sink: sink) == "a: 1")
    }

    @Test func renderingSplitsEachFileOnce() {
        let source = (1...4000).map { "key\($0): value" }.joined(separator: "\n")
        let lines = RichDiagnostic.sourceLines(source)
        let rendered = (1...4000).map { RichDiagnostic.render(Diagnostic("unknown_key", "k", at: SourceLocation(file: "f", line: $0, column: 1)), lines: lines) }
        #expect(rendered.last?.contains("4000 | key4000: value") == true)
        #expect(RichDiagnostic.render(Diagnostic("k", "m", at: SourceLocation(file: "f", line: 2, column: 3)), source: "a\nbcd") ==
            RichDiagnostic.render(Diagnostic("k", "m", at: SourceLocation(file: "f", line: 2, column: 3)), lines: ["a", "bcd"]))
    }
}
