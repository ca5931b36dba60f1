import APIConformCore

/// `reports/drift.html`: the drift summary as one self-contained page (inline CSS, no scripts, no
/// external assets) that opens from a CI artifact in any browser.
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
            body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #1f2328; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            td.count { text-align: right; }
            code { font: 12px ui-monospace, monospace; background: #f6f8fa; padding: 0 2px; }
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
            out += "<table>\n<thead><tr><th>Status</th><th>Impact</th><th>Operation</th><th>Field</th><th>Kind</th><th>Count</th>"
            out += "<th>Examples</th><th>First seen</th><th>Message</th><th>Note</th></tr></thead>\n<tbody>\n"
            for entry in summary.entries {
                out += "<tr>"
                out += "<td class=\"\(entry.status.rawValue)\">\(escape(DriftReportHeader.status(entry)))</td>"
                out += "<td class=\"\(entry.kind.impact.rawValue)\">\(entry.kind.impact.rawValue)</td>"
                out += "<td>\(escape(entry.operation))</td>"
                out += "<td><code>\(escape(entry.field))</code></td>"
                out += "<td>\(escape(entry.kind.title))</td>"
                out += "<td class=\"count\">\(entry.count)</td>"
                out += "<td>" + entry.examples.map { "<code>\(escape($0))</code>" }.joined(separator: " ") + "</td>"
                out += "<td>\(escape(entry.firstCase))<br><code>\(escape(entry.firstSource))</code></td>"
                out += "<td>\(escape(entry.message))</td>"
                out += "<td>\(escape(DriftReportHeader.note(entry)))</td>"
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
