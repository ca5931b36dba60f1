import APIConformCore

/// `reports/drift.md`: the drift summary as GitHub-flavoured Markdown, short enough for a job summary
/// (`cat reports/drift.md >> "$GITHUB_STEP_SUMMARY"`).
public struct DriftMarkdown: Sendable {
    public init() {}

    public func render(_ summary: DriftSummary, run: RunResult) -> String {
        let header = DriftReportHeader(summary: summary, run: run)
        var out = "# API drift\n\n"
        out += "Run \(header.when), \(header.targetAndMode).\n\n"
        out += header.counts + "\n"
        if summary.isEmpty { return out }
        out += "\n| Status | Impact | Operation | Field | Kind | Count | Examples | First seen | Note |\n"
        out += "|---|---|---|---|---|---:|---|---|---|\n"
        for entry in summary.entries {
            let cells = [
                DriftReportHeader.status(entry), entry.kind.impact.rawValue, entry.operation, code(entry.field), entry.kind.title,
                String(entry.count), entry.examples.map(code).joined(separator: " "),
                "\(cell(entry.firstCase)) (\(code(entry.firstSource)))", cell(DriftReportHeader.note(entry)),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\nBreaking: clients written to the contract break (type, format, removal, null, closed enum, cap). "
        out += "Additive: they keep working (new field, new value of an open enum). "
        out += "Accept a known change in `cases/accepted-drift.yaml` with a reason and an expiry.\n"
        return out
    }

    /// Text safe inside a table cell: no pipes or line breaks, no inline HTML (GitHub would render it),
    /// XML-forbidden characters escaped.
    func cell(_ text: String) -> String {
        XMLText.sanitize(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// An inline code span that survives backticks in the text (a longer fence, padded).
    func code(_ text: String) -> String {
        let safe = XMLText.sanitize(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        var fence = "`"
        while safe.contains(fence) { fence += "`" }
        let pad = safe.hasPrefix("`") || safe.hasSuffix("`") ? " " : ""
        return fence + pad + safe + pad + fence
    }
}
