import APIConformCore

/// How one case becomes a `<testcase>`: the outcome element, its body, and `<system-out>`.
///
/// `<testcase>` may not carry `file`/`line` in junit-10, so the case's `file:line:col` opens every
/// failure and error body and `<system-out>`: that is where GitLab and GitHub users look for it.
extension JUnitWriter {
    func writeCase(_ result: CaseResult, to xml: borrowing XMLDocumentWriter) throws {
        try xml.element("testcase", [
            "name": result.name,
            "classname": result.classname,
            "time": JUnitFormat.seconds(result.time),
        ]) {
            switch result.outcome {
            case .passed:
                break
            case .failed(let findings):
                // One `<failure>` only: GitHub reporters read just the first, so it carries every finding.
                let first = findings.first
                try xml.element("failure", [
                    "message": message(first.map(FindingText.summary) ?? "the case failed without a finding"),
                    "type": first?.rule ?? "failure",
                ]) {
                    try xml.text(Self.failureBody(findings, at: result.location))
                }
            case .error(let kind, let text, let details):
                try xml.element("error", ["message": message(text), "type": kind]) {
                    try xml.text(Self.errorBody(details, at: result.location))
                }
            case .skipped(let reason):
                try xml.element("skipped", ["message": message(reason)])
            }
            try xml.element("system-out") {
                try xml.text(Self.systemOut(result))
            }
        }
    }

    /// The location line, then every finding as a `FindingText` block, blocks separated by a blank line.
    static func failureBody(_ findings: [Finding], at location: SourceLocation) -> String {
        let blocks = findings.map { FindingText.block($0, operation: nil, caseLocation: location) }
        return ([location.description] + blocks).joined(separator: "\n\n") + "\n"
    }

    /// The location line, then the error's details as given.
    static func errorBody(_ details: String, at location: SourceLocation) -> String {
        details.isEmpty ? "\(location)\n" : "\(location)\n\(details)\n"
    }

    /// The location line, then a `known deviation:` line per declared deviation and a `warning:` line
    /// per finding below the failing severities, so they stay visible.
    static func systemOut(_ result: CaseResult) -> String {
        let deviations = result.deviations.map { "known deviation: " + FindingText.summary($0) }
        let warnings = result.warnings.map { "warning (\(FindingText.warningLabel($0))): " + FindingText.summary($0) }
        return ([result.location.description] + deviations + warnings).joined(separator: "\n") + "\n"
    }

    private func message(_ text: String) -> String {
        XMLText.capped(text, limit: messageLimit)
    }
}
