import APIConformCore

/// A suite's JUnit `<properties>` (and the run record's), derived from its typed fields in a fixed
/// order — operation, target, mode — leaving out what is empty.
enum SuiteProperties {
    static func of(_ suite: SuiteResult) -> [(name: String, value: String)] {
        [("operation", suite.operation), ("target", suite.target), ("mode", suite.mode)].filter { !$0.1.isEmpty }
    }

    /// The properties of the drift suite: the run's target and mode (every suite of a run shares them).
    static func drift(of run: RunResult) -> [(name: String, value: String)] {
        guard let first = run.suites.first else { return [] }
        return [("target", first.target), ("mode", first.mode)].filter { !$0.1.isEmpty }
    }
}
