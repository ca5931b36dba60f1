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
                DriftReportHeader.status(entry), entry.kind.impact.rawValue, entry.operation, MarkdownText.code(entry.field), entry.kind.title,
                String(entry.count), entry.examples.map(MarkdownText.code).joined(separator: " "),
                "\(MarkdownText.cell(entry.firstCase)) (\(MarkdownText.code(entry.firstSource)))", MarkdownText.cell(DriftReportHeader.note(entry)),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\nBreaking: clients written to the contract break (type, format, removal, null, closed enum, cap). "
        out += "Additive: they keep working (new field, new value of an open enum). "
        out += "Accept a known change in `cases/accepted-drift.yaml` with a reason and an expiry.\n"
        return out
    }
}
