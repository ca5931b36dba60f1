/// Decides which findings fail a case: `--fail-on` severities, then for drift the target's drift
/// policy and the accepted-drift list (checked against the run's day, so expiry is reproducible).
public struct FindingPolicy: Sendable {
    /// Findings of these severities may fail a case; the others are warnings.
    public var failingSeverities: Set<Severity>
    public var drift: DriftPolicy
    public var acceptances: [DriftAcceptance]
    /// The UTC day of the run, for acceptance expiry.
    public var day: CalendarDay

    public init(failingSeverities: Set<Severity> = Set(Severity.allCases), drift: DriftPolicy = DriftPolicy(),
                acceptances: [DriftAcceptance] = [], day: CalendarDay = CalendarDay(dayNumber: 0)) {
        self.failingSeverities = failingSeverities
        self.drift = drift
        self.acceptances = acceptances
        self.day = day
    }

    /// What a run's findings come to once severities, drift policy and acceptances are applied.
    public struct Verdict: Sendable {
        public var failures: [Finding] = []
        public var warnings: [Finding] = []
        public var drift: [DriftObservation] = []
    }

    /// What one finding comes to, as `run` and `check` print it.
    public enum Outcome: String, Sendable {
        case fails, warns, accepted
    }

    public func judge(_ findings: [Finding], operation: String, source: String) -> Verdict {
        var verdict = Verdict()
        for finding in findings {
            let (outcome, observation) = judge(finding, operation: operation, source: source)
            if let observation { verdict.drift.append(observation) }
            switch outcome {
            case .fails: verdict.failures.append(finding)
            case .warns: verdict.warnings.append(finding)
            case .accepted: break
            }
        }
        return verdict
    }

    /// One finding's outcome, and its drift observation when it is drift.
    public func judge(_ finding: Finding, operation: String, source: String) -> (Outcome, DriftObservation?) {
        guard let kind = finding.drift else {
            return (failingSeverities.contains(finding.severity) ? .fails : .warns, nil)
        }
        let observation = observe(finding, kind: kind, operation: operation, source: source)
        switch observation.status {
        case .fail, .expired: return (.fails, observation)
        case .warn: return (.warns, observation)
        case .accepted: return (.accepted, observation)
        }
    }

    func observe(_ finding: Finding, kind: DriftKind, operation: String, source: String) -> DriftObservation {
        if let acceptance = acceptances.first(where: { $0.covers(kind, operation: operation, path: finding.path) }) {
            return DriftObservation(finding: finding, kind: kind, status: acceptance.isExpired(on: day) ? .expired : .accepted,
                                    acceptance: acceptance, source: source)
        }
        let fails = failingSeverities.contains(finding.severity) && drift.action(for: kind, operation: operation, path: finding.path) == .fail
        return DriftObservation(finding: finding, kind: kind, status: fails ? .fail : .warn, source: source)
    }
}
