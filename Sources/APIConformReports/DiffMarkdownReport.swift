import APIConformCore

/// `apiconform diff --markdown`: the same table as GitHub-flavoured Markdown, for a CI job summary.
public enum DiffMarkdownReport {
    public static func render(_ diff: ProfileDiff, old: RecordingProfile, new: RecordingProfile) -> String {
        let rows = diff.changes.map(DiffRow.init)
        return "## apiconform diff\n\n\(MarkdownText.cell(DiffRow.sets(old: old, new: new)))\n\n" + (rows.isEmpty ? "No changes.\n" : table(rows))
            + "\n**\(diff.totals)**\n"
    }

    static func table(_ rows: [DiffRow]) -> String {
        var out = "| " + (DiffRow.headers + ["example"]).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: DiffRow.headers.count + 1) + "\n"
        for row in rows {
            var cells = row.cells.map(MarkdownText.cell)
            // The field and the change name are code: no escapes inside, only the pipe.
            cells[2] = MarkdownText.code(row.cells[2])
            cells[3] = MarkdownText.code(row.cells[3])
            cells.append(row.examples.map(MarkdownText.code).joined(separator: " → "))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
