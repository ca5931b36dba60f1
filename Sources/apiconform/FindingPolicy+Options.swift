import APIConformCore

extension FindingPolicy {
    /// The one way a command (`run`, `record`, `check`) builds its policy: `--fail-on` severities, the
    /// target's drift policy (the targets file's top-level one for recordings and `check` without
    /// `--target`), and the accepted drift of `operations`, judged on the run's day.
    static func forRun(_ severities: SeverityPolicyOption, target: TargetOption, drift: DriftOption, operations: [String],
                       clock: RunClock) throws -> FindingPolicy {
        try forRun(severities, target: target, drift: drift, known: KnownOperations(operations), clock: clock)
    }

    static func forRun(_ severities: SeverityPolicyOption, target: TargetOption, drift: DriftOption, known: KnownOperations,
                       clock: RunClock) throws -> FindingPolicy {
        FindingPolicy(failingSeverities: severities.failing, drift: try target.driftPolicy(),
                      acceptances: try drift.acceptances(known: known),
                      day: CalendarDay(secondsSince1970: clock.startedAt))
    }
}
