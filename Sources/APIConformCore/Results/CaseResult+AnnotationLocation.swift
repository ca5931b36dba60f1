extension CaseResult {
    /// Where a CI annotation (JUnit `file`/`line`, `::error file=…`) points: the failing `expect:`
    /// entry when the case's own expectation failed, so the reader lands on the line to look at;
    /// otherwise the case.
    public var annotationLocation: SourceLocation {
        guard case .failed(let findings) = outcome,
              let entry = findings.first(where: { $0.rule.hasPrefix("expect.") && $0.declaredAt?.file == location.file })?.declaredAt
        else { return location }
        return entry
    }
}
