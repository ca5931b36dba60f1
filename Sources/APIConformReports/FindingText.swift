import APIConformCore

/// The plain-text form of a finding, shared by the console, `check` and the JUnit failure body.
public enum FindingText {
    /// One line: `[rule] side $.path: message`.
    public static func summary(_ finding: Finding) -> String {
        let side = finding.side == .request ? "request " : ""
        return "[\(finding.rule)] \(side)\(finding.path): \(finding.text)"
    }

    /// The label of a finding that does not fail: its drift kind and impact (`new field, additive`)
    /// when it is drift, else its severity (`suspicious`).
    public static func warningLabel(_ finding: Finding) -> String {
        guard let kind = finding.drift else { return finding.severity.rawValue }
        return "\(kind.title), \(kind.impact.rawValue)"
    }

    /// The summary line and the evidence: severity, expected, actual, where the rule and the case are declared, the doc.
    public static func block(_ finding: Finding, operation: String?, caseLocation: SourceLocation?) -> String {
        var lines = [summary(finding)]
        if let operation { lines.append("  operation: \(operation)") }
        lines.append("  severity:  \(finding.severity.rawValue)")
        if let kind = finding.drift { lines.append("  drift:     \(kind.title) (\(kind.impact.rawValue))") }
        if let expected = finding.expected { lines.append("  expected:  \(expected)") }
        if let actual = finding.actual { lines.append("  actual:    \(actual)") }
        if let caseLocation { lines.append("  case:      \(caseLocation)") }
        if let declaredAt = finding.declaredAt { lines.append("  rule at:   \(declaredAt)") }
        if let doc = finding.doc { lines.append("  doc:       \(doc)") }
        return lines.joined(separator: "\n")
    }

    /// The text `check` prints: every finding as a block with its verdict (fails / warns / accepted,
    /// as `run` judges it), a count, and the request-bound rules that did not run without `--request`.
    /// `skipped` is `skippedSection(_:)` of the rules that did not run, rendered once per operation.
    public static func report(_ judged: [(Finding, FindingPolicy.Outcome)], operation: String, skipped: String = "") -> String {
        var out = ""
        if judged.isEmpty {
            out = "\(operation): conforms (0 findings)\n"
        } else {
            // `report_findings_listed`: a hostile body's 10⁵ undocumented members are counted, not printed.
            let (shown, omitted) = Excerpt.listed(judged)
            for (finding, outcome) in shown {
                var lines = block(finding, operation: nil, caseLocation: nil).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.insert("  verdict:   \(outcome.rawValue)", at: 1)
                out += lines.joined(separator: "\n") + "\n"
            }
            if omitted > 0 { out += "… \(omitted) more findings (--format json lists every one)\n" }
            let counts = [FindingPolicy.Outcome.fails, .warns, .accepted].compactMap { outcome -> String? in
                let n = judged.filter { $0.1 == outcome }.count
                return n == 0 ? nil : "\(n) \(outcome.rawValue)"
            }
            out += "\(operation): \(judged.count) finding\(judged.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))\n"
        }
        return out + skipped
    }

    /// The closing lines naming the request-bound rules that did not run; empty when none.
    public static func skippedSection(_ skipped: [ContractEvaluator.RequestBoundRule]) -> String {
        guard !skipped.isEmpty else { return "" }
        var out = "skipped without --request (\(skipped.count) rule\(skipped.count == 1 ? "" : "s") read the request):\n"
        for rule in skipped { out += "  \(skippedText(rule))\n" }
        return out
    }

    /// `list_cap $.MediaInfos (reads MaxResults) at file:line:col`.
    public static func skippedText(_ rule: ContractEvaluator.RequestBoundRule) -> String {
        let path = rule.path.map { " \($0)" } ?? ""
        return "\(rule.rule)\(path) (reads \(rule.parameters.joined(separator: ", "))) at \(rule.declaredAt)"
    }
}
