import APIConformCore

/// The plain-text form of a finding, shared by the console, `check` and the JUnit failure body.
public enum FindingText {
    /// One line: `[rule] side $.path: message`.
    public static func summary(_ finding: Finding) -> String {
        let side = finding.side == .request ? "request " : ""
        return "[\(finding.rule)] \(side)\(finding.path): \(finding.message)"
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

    /// The text `check` prints: every finding as a block, then a count.
    public static func report(_ findings: [Finding], operation: String) -> String {
        if findings.isEmpty { return "\(operation): conforms (0 findings)\n" }
        var out = ""
        for finding in findings { out += block(finding, operation: nil, caseLocation: nil) + "\n" }
        out += "\(operation): \(findings.count) finding\(findings.count == 1 ? "" : "s")\n"
        return out
    }
}
