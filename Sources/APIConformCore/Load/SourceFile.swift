import Foundation

/// Reads input files as UTF-8 text, turning a missing or undecodable file into a diagnostic.
public enum SourceFile {
    public static func read(_ path: String, sink: DiagnosticSink) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.report("missing_file", "cannot read \(path)", at: SourceLocation(file: path, line: 1, column: 1), hint: "check the path")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.report("encoding", "\(path) is not UTF-8", at: SourceLocation(file: path, line: 1, column: 1), hint: "save it as UTF-8")
            return nil
        }
        return text
    }
}
