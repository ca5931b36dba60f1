import APIConformCore
import Foundation
import Testing

/// Compares rendered output with a golden file byte for byte, recording a new golden when asked.
///
/// Recording never passes: with `APICONFORM_RECORD_GOLDENS=1`, or when the golden is missing, the file
/// is (re)written and the test fails, so a recorded golden is always reviewed before it counts. A
/// mismatch fails with a line diff, which says more than "the bytes differ".
public enum GoldenFile {
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["APICONFORM_RECORD_GOLDENS"] == "1"
    }

    /// The golden called `name` in the `Golden` folder next to the calling test file.
    public static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }

    /// Records a test issue unless `actual` equals the golden at `golden` exactly.
    public static func verify(_ actual: [UInt8], golden: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = FileManager.default.contents(atPath: golden.path).map { [UInt8]($0) }
        if isRecording || expected == nil {
            do {
                try AtomicFile.write(actual, to: golden.path)
                let reason = expected == nil ? "it was missing" : "APICONFORM_RECORD_GOLDENS=1"
                Issue.record(
                    "recorded \(golden.path) (\(reason)); review it, then run again without APICONFORM_RECORD_GOLDENS",
                    sourceLocation: sourceLocation
                )
            } catch {
                Issue.record("cannot record \(golden.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected, expected != actual else { return }
        let diff = LineDiff.render(
            expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self)
        )
        Issue.record(
            """
            output differs from \(golden.path) (- golden, + actual; re-record with APICONFORM_RECORD_GOLDENS=1):
            \(diff.isEmpty ? "(the lines match; the bytes differ, e.g. in invalid UTF-8 or a final newline)" : diff)
            """,
            sourceLocation: sourceLocation
        )
    }
}
