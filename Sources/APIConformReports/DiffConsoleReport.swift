import APIConformCore

/// `apiconform diff` on the console: an aligned table of changes, each with the recordings that show
/// it on the line below, then the totals.
public enum DiffConsoleReport {
    public static func render(_ diff: ProfileDiff, old: RecordingProfile, new: RecordingProfile) -> String {
        let rows = diff.changes.map(DiffRow.init)
        return "apiconform diff: \(DiffRow.sets(old: old, new: new))\n\n" + (rows.isEmpty ? "no changes\n" : table(rows)) + "\n\(diff.totals)\n"
    }

    static func table(_ rows: [DiffRow]) -> String {
        let widths = DiffRow.headers.indices.map { column in ([DiffRow.headers] + rows.map(\.cells)).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
            return padded.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(DiffRow.headers)
        for row in rows {
            out += line(row.cells)
            if !row.examples.isEmpty { out += "    e.g. \(row.examples.joined(separator: " → "))\n" }
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
