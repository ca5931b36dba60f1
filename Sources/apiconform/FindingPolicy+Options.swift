import APIConformCore

extension FindingPolicy {
    /// The one way a command builds its policy: `--fail-on` severities, the target's drift policy
    /// (the targets file's top-level one for recordings and `check`), and the accepted drift, judged
    /// on the run's day.
    static func forRun(_ severities: SeverityPolicyOption, target: TargetOption, drift: DriftOption, workspace: Workspace,
                       clock: RunClock) throws -> FindingPolicy {
        FindingPolicy(failingSeverities: severities.failing, drift: try target.driftPolicy(),
                      acceptances: try drift.acceptances(operations: workspace.contracts.map(\.operation)),
                      day: CalendarDay(secondsSince1970: clock.startedAt))
    }
}
