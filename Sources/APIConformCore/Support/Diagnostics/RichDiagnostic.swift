/// The compiler-style rendering of a diagnostic: the compact line IDEs parse, then the source line,
/// a caret under the column, and the fix.
///
/// ```
/// cases/suites/a.yaml:3:5: error: [unknown_key] unknown key 'reqest' in case
///   |
/// 3 |     reqest: {MaxResults: 2}
///   |     ^
///   = help: did you mean 'request'?
/// ```
public enum RichDiagnostic {
    /// Renders with the file's text when it is at hand.
    public static func render(_ diagnostic: Diagnostic, source: String?) -> String {
        render(diagnostic, lines: source.map(sourceLines))
    }

    /// A file's lines as `render(_:lines:)` takes them: split once per file, not once per diagnostic.
    public static func sourceLines(_ source: String) -> [Substring] {
        source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Renders with the file's lines (`sourceLines`) when they are at hand.
    public static func render(_ diagnostic: Diagnostic, lines sourceLines: [Substring]?) -> String {
        var lines = ["\(diagnostic.location): error: [\(diagnostic.key)] \(diagnostic.message)"]
        let number = String(diagnostic.location.line)
        let gutter = String(repeating: " ", count: number.count)
        if let sourceLines {
            let index = diagnostic.location.line - 1
            if sourceLines.indices.contains(index) {
                lines.append("\(gutter) |")
                lines.append("\(number) | \(sourceLines[index])")
                lines.append("\(gutter) | " + String(repeating: " ", count: max(0, diagnostic.location.column - 1)) + "^")
            }
        }
        if let hint = diagnostic.hint { lines.append("\(gutter) = help: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
