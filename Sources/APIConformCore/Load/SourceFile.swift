/// Reads input files as UTF-8 text, turning a missing, special, oversized or undecodable file into a
/// diagnostic; no path makes it block (FIFO) or fill memory (`/dev/zero`).
public enum SourceFile {
    public static func read(_ path: String, sink: DiagnosticSink, limit: Int = YAMLLimits.standard.maximumFileBytes) -> String? {
        let at = SourceLocation(file: path, line: 1, column: 1)
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(path, limit: limit)
        } catch {
            switch error {
            case .unreadable: sink.report("missing_file", error.description, at: at, hint: error.hint)
            case .notRegular: sink.report("not_a_file", error.description, at: at, hint: error.hint)
            case .tooLarge: sink.report("input_limit", error.description + " (limit yaml_file_bytes)", at: at, hint: error.hint)
            }
            return nil
        }
        return text(bytes, path: path, sink: sink)
    }

    /// Strict UTF-8 (a byte order mark is dropped); the diagnostic names the first bad byte's line and column.
    public static func text(_ bytes: [UInt8], path: String, sink: DiagnosticSink) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let text = String(validating: bytes[start...], as: UTF8.self) { return text }
        // Not UTF-8: walk again to say where.
        var line = 1
        var column = 1
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(decoding: bytes[start...], as: UTF8.self)
            case .error:
                sink.report("encoding", "\(path) is not UTF-8: an invalid byte sequence at line \(line), column \(column)",
                            at: SourceLocation(file: path, line: line, column: column), hint: "save the file as UTF-8")
                return nil
            }
        }
    }
}
