import APIConformCore

/// How one case becomes a `<testcase>`: at most one outcome element and its body.
///
/// The case's `file:line:col` opens every failure and error body (the portable dialect has no
/// `file`/`line` attributes, and that is where GitLab and GitHub users look for it).
extension JUnitWriter {
    func writeCase(_ result: CaseResult, to xml: borrowing XMLDocumentWriter) throws {
        try xml.element("testcase", [
            "name": result.name,
            "classname": result.classname,
            "time": JUnitFormat.seconds(result.time),
        ]) {
            if dialect == .annotated {
                let annotated = result.annotationLocation
                try xml.attribute("file", annotated.file)
                try xml.attribute("line", String(max(1, annotated.line)))
            }
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
                    try xml.text(Self.failureBody(findings, at: result.location) + Self.reproductionBody(result))
                }
            case .error(let kind, let text, let details):
                try xml.element("error", ["message": message(text), "type": kind]) {
                    try xml.text(Self.errorBody(details, at: result.location) + Self.reproductionBody(result))
                }
            case .skipped(let reason):
                try xml.element("skipped", ["message": message(reason)]) {
                    try xml.text(Self.skippedBody(result))
                }
            }
        }
    }

    /// The location line, then every finding as a `FindingText` block, blocks separated by a blank line.
    static func failureBody(_ findings: [Finding], at location: SourceLocation) -> String {
        let (shown, omitted) = Excerpt.listed(findings)
        let blocks = shown.map { FindingText.block($0, operation: nil, caseLocation: location) }
        let more = omitted > 0 ? ["… \(omitted) more findings (run.ndjson lists every one)"] : []
        return ([location.description] + blocks + more).joined(separator: "\n\n") + "\n"
    }

    /// The location line, then the error's details as given.
    static func errorBody(_ details: String, at location: SourceLocation) -> String {
        details.isEmpty ? "\(location)\n" : "\(location)\n\(details)\n"
    }

    /// How to send a failing or erring live case again (secrets named as variables), after a blank line.
    static func reproductionBody(_ result: CaseResult) -> String {
        guard let reproduction = result.reproduction else { return "" }
        return "\nreproduce:\n" + reproduction.split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }

    /// The location line, then the notes of `notes(of:)`.
    static func skippedBody(_ result: CaseResult) -> String {
        ([result.location.description] + notes(of: result)).joined(separator: "\n") + "\n"
    }

    /// A `known deviation:` line per declared deviation and a `warning:` line per finding below the
    /// failing severities, so they stay visible.
    static func notes(of result: CaseResult) -> [String] {
        let deviations = Excerpt.listed(result.deviations)
        let warnings = Excerpt.listed(result.warnings)
        return deviations.shown.map { "known deviation: " + FindingText.summary($0) }
            + (deviations.omitted > 0 ? ["… \(deviations.omitted) more known deviations"] : [])
            + warnings.shown.map { "warning (\(FindingText.warningLabel($0))): " + FindingText.summary($0) }
            + (warnings.omitted > 0 ? ["… \(warnings.omitted) more warnings"] : [])
    }

    /// The suite's `<system-out>`: for each case with notes, its name and location, then the notes
    /// indented. A `<testcase>` may hold no `<system-out>` in the Ant schema, so they gather here.
    static func systemOut(_ cases: [CaseResult]) -> String {
        cases.compactMap { result -> String? in
            let notes = notes(of: result)
            guard !notes.isEmpty else { return nil }
            return "\(result.name) (\(result.location))\n" + notes.map { "  " + $0 + "\n" }.joined()
        }.joined()
    }

    private func message(_ text: String) -> String {
        XMLText.capped(text, limit: messageLimit)
    }
}
