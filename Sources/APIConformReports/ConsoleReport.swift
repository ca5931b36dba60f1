import APIConformCore

/// The console summary of a run: a line per case, each finding with its operation, JSON path, rule,
/// expected versus actual and the case's file:line, then the totals.
public struct ConsoleReport: Sendable {
    public var quiet: Bool

    public init(quiet: Bool = false) {
        self.quiet = quiet
    }

    /// The run's cases, its drift summary (computed once by the caller, who also reports it elsewhere) and the totals.
    public func render(_ run: RunResult, drift summary: DriftSummary) -> String {
        var out = ""
        for suite in run.suites {
            let interesting = suite.cases.filter { result in
                if case .passed = result.outcome { return !result.warnings.isEmpty }
                return true
            }
            if quiet && interesting.isEmpty { continue }
            out += "\(suite.operation.isEmpty ? suite.name : suite.operation)  (\(suite.file))\n"
            for result in quiet ? interesting : suite.cases {
                out += render(result, operation: suite.operation.isEmpty ? suite.name : suite.operation)
            }
        }
        out += drift(summary)
        let totals = RunTotals(run)
        out += "\napiconform: \(totals.tests) cases: \(totals.passed) passed, \(totals.failed) failed, \(totals.errors) errors, \(totals.skipped) skipped\n"
        return out
    }

    /// The drift summary: a line per drifted field, failing first, with its count, examples and first sighting.
    func drift(_ summary: DriftSummary) -> String {
        if summary.isEmpty { return "" }
        var out = "\ndrift: \(summary.entries.count) field\(summary.entries.count == 1 ? "" : "s") drifted in \(summary.responses) responses\n"
        for entry in summary.entries {
            let status = DriftReportHeader.status(entry).padding(toLength: 9, withPad: " ", startingAt: 0)
            out += "  \(status)\(entry.operation) \(entry.field): \(entry.kind.title) (\(entry.kind.impact.rawValue)) ×\(entry.count)"
            out += ", e.g. \(entry.examples.joined(separator: " | "))\n"
            out += "           first: \(entry.firstCase) (\(entry.firstSource))\n"
            if let note = DriftSuite.acceptanceText(entry) { out += "           \(note)\n" }
        }
        return out
    }

    func render(_ result: CaseResult, operation: String) -> String {
        render(outcomeOf: result, operation: operation) + warningLines(result.warnings)
    }

    /// Warnings are listed after the case line, at most `shown` of them with a count of the rest.
    func warningLines(_ warnings: [Finding], shown: Int = 5) -> String {
        var text = ""
        for finding in warnings.prefix(shown) { text += "           warning (\(FindingText.warningLabel(finding))): \(FindingText.summary(finding))\n" }
        if warnings.count > shown { text += "           … \(warnings.count - shown) more warnings\n" }
        return text
    }

    func render(outcomeOf result: CaseResult, operation: String) -> String {
        let lines = (result.reproduction ?? "").split(separator: "\n").map(String.init)
        guard let first = lines.first else { return render(verdictOf: result, operation: operation) }
        return render(verdictOf: result, operation: operation) + "           reproduce: \(ConsoleText.sanitize(first))\n"
            + lines.dropFirst().map { "                      \(ConsoleText.sanitize($0))\n" }.joined()
    }

    func render(verdictOf result: CaseResult, operation: String) -> String {
        switch result.outcome {
        case .passed:
            return "  ok       \(result.name)\n"
        case .skipped(let reason):
            let reasons = Self.deviationReasons(reason)
            var text = reasons.count > 1
                ? "  skipped  \(result.name) — known deviations:\n" + reasons.map { "           - \($0)\n" }.joined()
                : "  skipped  \(result.name) — \(reason)\n"
            for finding in result.deviations.prefix(5) { text += "           known: \(FindingText.summary(finding))\n" }
            if result.deviations.count > 5 { text += "           … \(result.deviations.count - 5) more known deviations (all in the JUnit report)\n" }
            return text
        case .error(let kind, let message, _):
            return "  ERROR    \(result.name) [\(kind)] \(message)\n           at \(result.location)\n"
        case .failed(let findings):
            var text = "  FAILED   \(result.name) (\(findings.count) finding\(findings.count == 1 ? "" : "s")) at \(result.location)\n"
            let (shown, omitted) = Excerpt.listed(findings)
            for finding in shown {
                text += FindingText.block(finding, operation: operation, caseLocation: nil).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "      " + $0 }.joined(separator: "\n") + "\n"
            }
            if omitted > 0 { text += "      … \(omitted) more findings (run.ndjson lists every one)\n" }
            return text
        }
    }

    /// The reasons of a skip for known deviations, one per deviation (`known deviation: RULE: why; RULE: why`
    /// joins them), so several do not make one line of a thousand characters.
    static func deviationReasons(_ reason: String) -> [String] {
        let prefix = "known deviation: "
        guard reason.hasPrefix(prefix) else { return [reason] }
        let rules = Set(RuleCatalog.all.map { $0.key })
        var reasons: [String] = []
        var current = ""
        for part in reason.dropFirst(prefix.count).components(separatedBy: "; ") {
            let rule = part.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            if !current.isEmpty && rules.contains(rule) {
                reasons.append(current)
                current = part
            } else {
                current += current.isEmpty ? part : "; " + part
            }
        }
        return reasons + [current]
    }
}
