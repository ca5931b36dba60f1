import APIConformCore

/// `apiconform diff` on the console: an aligned table of changes, each with the recordings that show
/// it on the line below, then the totals.
public enum DiffConsoleReport {
    public static func render(_ diff: ProfileDiff, old: RecordingProfile, new: RecordingProfile) -> String {
        var out = "apiconform diff: \(DiffRow.sets(old: old, new: new))\n\n"
        let rows = diff.changes.map(DiffRow.init)
        if rows.isEmpty {
            out += "no changes\n"
        } else {
            let table = [DiffRow.headers] + rows.map(\.cells)
            let widths = DiffRow.headers.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
            func line(_ cells: [String]) -> String {
                let padded = zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                return padded.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
            out += line(DiffRow.headers)
            for row in rows {
                out += line(row.cells)
                if !row.examples.isEmpty { out += "    e.g. \(row.examples.joined(separator: " → "))\n" }
            }
        }
        return out + "\n\(diff.totals)\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
