import APIConformCore

/// What a run tells GitHub Actions: workflow-command annotations that place each failing case at its
/// case file and line, and a Markdown job summary of the cases and the drift.
///
/// One `::error` per failing or erring case (GitHub shows at most ten error annotations per step, so
/// a case's findings share one), one `::warning` per case with warnings. Values are escaped as the
/// runner requires (`%`, CR, LF; in properties also `:` and `,`) after control characters are made
/// visible, so a hostile body can neither inject a workflow command nor break a line.
public struct GitHubReport: Sendable {
    public init() {}

    public func annotations(_ run: RunResult) -> String {
        var out = ""
        for suite in run.suites {
            for result in suite.cases {
                let location = result.annotationLocation
                let title = "\(result.classname) \(result.name)"
                switch result.outcome {
                case .failed(let findings):
                    let lines = findings.map(FindingText.summary)
                    out += command("error", location, title: "\(title): \(findings.count) finding\(findings.count == 1 ? "" : "s")",
                                   message: lines.joined(separator: "\n"))
                case .error(let kind, let message, _):
                    out += command("error", location, title: "\(title): could not run (\(kind))", message: message)
                case .passed, .skipped:
                    break
                }
                if !result.warnings.isEmpty {
                    out += command("warning", location, title: "\(title): \(result.warnings.count) warning\(result.warnings.count == 1 ? "" : "s")",
                                   message: result.warnings.map(FindingText.summary).joined(separator: "\n"))
                }
            }
        }
        return out
    }

    /// The job summary: totals, a row per case that did not pass, then the drift summary.
    public func summary(_ run: RunResult, drift: DriftSummary) -> String {
        let totals = RunTotals(run)
        var out = "# apiconform\n\n"
        out += "| Cases | Passed | Failed | Errors | Skipped |\n|---:|---:|---:|---:|---:|\n"
        out += "| \(totals.tests) | \(totals.passed) | \(totals.failed) | \(totals.errors) | \(totals.skipped) |\n"
        var rows: [String] = []
        for suite in run.suites {
            for result in suite.cases {
                let (status, text): (String, String)
                switch result.outcome {
                case .failed(let findings): (status, text) = ("failed", findings.first.map(FindingText.summary) ?? "")
                case .error(let kind, let message, _): (status, text) = ("error", "[\(kind)] \(message)")
                case .passed, .skipped: continue
                }
                rows.append("| \(status) | \(MarkdownText.cell(result.classname)) | \(MarkdownText.cell(result.name)) | "
                            + "\(MarkdownText.code(result.location.description)) | \(MarkdownText.cell(text)) |")
            }
        }
        if !rows.isEmpty {
            out += "\n| Status | Operation | Case | Where | First finding |\n|---|---|---|---|---|\n" + rows.joined(separator: "\n") + "\n"
        }
        return out + "\n" + DriftMarkdown().render(drift, run: run)
    }

    func command(_ name: String, _ location: SourceLocation, title: String, message: String) -> String {
        "::\(name) file=\(property(location.file)),line=\(location.line),col=\(location.column),title=\(property(title))::\(data(message))\n"
    }

    public func data(_ text: String) -> String {
        ConsoleText.sanitize(text, keepingNewlines: true).replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    public func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
