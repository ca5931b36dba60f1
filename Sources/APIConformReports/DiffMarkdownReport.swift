import APIConformCore

/// `apiconform diff --markdown`: the same table as GitHub-flavoured Markdown, for a CI job summary.
public enum DiffMarkdownReport {
    public static func render(_ diff: ProfileDiff, old: RecordingProfile, new: RecordingProfile) -> String {
        let rows = diff.changes.map(DiffRow.init)
        return "## apiconform diff\n\n\(escape(DiffRow.sets(old: old, new: new)))\n\n" + (rows.isEmpty ? "No changes.\n" : table(rows))
            + "\n**\(diff.totals)**\n"
    }

    static func table(_ rows: [DiffRow]) -> String {
        var out = "| " + (DiffRow.headers + ["example"]).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: DiffRow.headers.count + 1) + "\n"
        for row in rows {
            var cells = row.cells.map(escape)
            // The field and the change name are code: no escapes inside, only the pipe.
            cells[2] = code(row.cells[2])
            cells[3] = code(row.cells[3])
            cells.append(row.examples.map(code).joined(separator: " → "))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A code span that stays in its cell (GitHub unescapes `\|` inside code spans in tables).
    static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        return fence + text.replacingOccurrences(of: "|", with: "\\|") + String(fence.reversed())
    }

    /// Keeps a cell one cell: pipes escaped, HTML and Markdown emphasis made literal.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
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
}
