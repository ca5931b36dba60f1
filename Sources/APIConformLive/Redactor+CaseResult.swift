import APIConformCore

/// A case's result with every text it quotes from a live body redacted: what the reports of a live
/// run write of a body is a few capped excerpts, so they are redacted instead of the body.
extension Redactor {
    public func result(_ result: CaseResult) -> CaseResult {
        var result = result
        switch result.outcome {
        case .failed(let findings): result.outcome = .failed(findings.map(finding))
        case .error(let kind, let message, let details): result.outcome = .error(kind: kind, message: excerpt(message), details: excerpt(details))
        case .skipped(let reason): result.outcome = .skipped(reason: excerpt(reason))
        case .passed: break
        }
        result.deviations = result.deviations.map(finding)
        result.warnings = result.warnings.map(finding)
        result.drift = result.drift.map { observation in
            var observation = observation
            observation.finding = finding(observation.finding)
            return observation
        }
        result.reproduction = result.reproduction.map(text)
        return result
    }

    /// The message, expected and actual values and the member names of the path: the parts of a
    /// finding that come from a body.
    public func finding(_ finding: Finding) -> Finding {
        var finding = finding
        finding.message = excerpt(finding.message)
        finding.expected = finding.expected.map(excerpt)
        finding.actual = finding.actual.map(excerpt)
        if case .value(let path) = finding.path {
            finding.path = .value(JSONPath(path.components.map { component in
                if case .key(let key) = component { return .key(excerpt(key)) }
                return component
            }))
        }
        return finding
    }
}
