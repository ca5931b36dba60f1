/// Text made safe for a GitHub-flavoured Markdown table, shared by `drift.md` and `diff --markdown`:
/// response values may hold pipes, markup, backticks, line breaks and control characters.
enum MarkdownText {
    /// One cell of prose: one line, pipes escaped, inline HTML and emphasis made literal (GitHub
    /// would render them), XML-forbidden characters shown as escapes.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in ConsoleText.sanitize(XMLText.sanitize(text)) {
            switch character {
            case "\r", "\n", "\r\n": out += " "
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }

    /// An inline code span that stays in its cell: a fence longer than any backtick run inside,
    /// padded when the text starts or ends with a backtick; only the pipe is escaped (GitHub
    /// unescapes `\|` inside code spans in tables).
    static func code(_ text: String) -> String {
        let safe = ConsoleText.sanitize(XMLText.sanitize(text)).replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        var fence = "`"
        while safe.contains(fence) { fence += "`" }
        let pad = safe.hasPrefix("`") || safe.hasSuffix("`") ? " " : ""
        return fence + pad + safe + pad + fence
    }
}
