import Foundation
import Testing

/// A hostile body cannot write to the terminal: ANSI, NUL, DEL and C1 in keys and values come out escaped.
@Suite struct ConsoleSafetyTests {
    static func rawControls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || (0x7F...0x9F).contains($0) }
    }

    @Test func checkTextOutputHasNoRawControlCharacter() throws {
        // JSON escapes put raw control characters into the parsed strings, keys included.
        let body = #"{"RequestId":"\u001b[2J\u001b[H","MediaInfos":[{"MediaId":"\u0000\u007f\u009b31m","Mystery\u001b]0;pwned\u0007":1}],"TotalCount":"x\u0085"}"#
        let output = try BinaryRunner.run(["check", "--operation", "ice.ListMediaBasicInfos", "-"], stdin: Data(body.utf8))
        #expect(output.status == 1, "the hostile body breaks the contract: \(output.stdout)")
        #expect(Self.rawControls(output.stdout) == [], "\(output.stdout.debugDescription)")
        #expect(Self.rawControls(output.stderr) == [])
        #expect(output.stdout.contains("\\u{1B}"), "the escape is visible: \(output.stdout)")
    }

    @Test func diagnosticsOfAHostileCaseFileHaveNoRawControlCharacter() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try Data("operation: \"ice.List\u{1B}[2JMediaBasicInfos\"\ncases: []\n".utf8).write(to: file)
        let output = try BinaryRunner.run(["lint", file.path])
        #expect(output.status == 2)
        #expect(Self.rawControls(output.stderr) == [], "\(output.stderr.debugDescription)")
        #expect(output.stderr.contains("\\u{1B}"), "\(output.stderr)")
    }
}
