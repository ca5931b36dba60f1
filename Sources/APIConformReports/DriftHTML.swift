import APIConformCore

/// `reports/drift.html`: the drift summary as one self-contained page (inline CSS, no scripts, no
/// external assets) that opens from a CI artifact in any browser.
///
/// Five fixed-width columns, so Message and Note (where acceptance reasons live) stay on a 1366-px
/// screen: operation, field and kind stack in one cell, and long JSONPaths wrap anywhere.
/// `scripts/check-drift-html` screenshots it in headless Chromium at 1366 px.
public struct DriftHTML: Sendable {
    public init() {}

    public func render(_ summary: DriftSummary, run: RunResult) -> String {
        let header = DriftReportHeader(summary: summary, run: run)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>API drift</title>
            <style>
            body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1f2328; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            col.status { width: 8em; } col.field { width: 30%; } col.examples { width: 20%; } col.first { width: 17%; }
            th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            th { background: #f6f8fa; }
            code { font: 12px ui-monospace, monospace; background: #f6f8fa; padding: 0 2px; overflow-wrap: anywhere; }
            .small { font-size: 12px; color: #57606a; }
            .note { display: block; margin-top: 4px; font-size: 12px; color: #57606a; }
            .fail, .expired { color: #cf222e; font-weight: bold; }
            .warn { color: #9a6700; }
            .accepted { color: #57606a; }
            .breaking { color: #cf222e; }
            </style>
            </head>
            <body>
            <h1>API drift</h1>

            """
        out += "<p>Run \(escape(header.when)), \(escape(header.targetAndMode)).</p>\n"
        out += "<p>\(escape(header.counts))</p>\n"
        if !summary.isEmpty {
            out += "<table>\n<colgroup><col class=\"status\"><col class=\"field\"><col class=\"examples\"><col class=\"first\"><col class=\"message\"></colgroup>\n"
            out += "<thead><tr><th>Status</th><th>Field</th><th>Count and examples</th><th>First seen</th><th>Message and note</th></tr></thead>\n<tbody>\n"
            for entry in summary.entries {
                out += "<tr>"
                out += "<td><span class=\"\(entry.status.rawValue)\">\(escape(DriftReportHeader.status(entry)))</span><br>"
                out += "<span class=\"\(entry.kind.impact.rawValue)\">\(entry.kind.impact.rawValue)</span></td>"
                out += "<td><span class=\"small\">\(escape(entry.operation))</span><br><code>\(escape(entry.field))</code><br>\(escape(entry.kind.title))</td>"
                out += "<td>×\(entry.count) " + entry.examples.map { "<code>\(escape($0))</code>" }.joined(separator: " ") + "</td>"
                out += "<td>\(escape(entry.firstCase))<br><code>\(escape(entry.firstSource))</code></td>"
                let note = DriftReportHeader.note(entry)
                out += "<td>\(escape(entry.message))" + (note.isEmpty ? "" : "<span class=\"note\">\(escape(note))</span>") + "</td>"
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Text as HTML character data or attribute value: markup escaped, forbidden characters made visible.
    func escape(_ text: String) -> String {
        var out = ""
        for character in XMLText.sanitize(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
