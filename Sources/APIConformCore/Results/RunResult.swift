/// What happened to one case: the input of every report (JUnit, console, JSON).
public enum CaseOutcome: Hashable, Sendable {
    /// Every rule held (known deviations, if any, are listed in `CaseResult.deviations`).
    case passed
    /// The contract was broken: one or more findings, first one first.
    case failed([Finding])
    /// Something that is not a contract finding: a transport fault, a missing recording.
    /// `kind` is a short stable type such as `transport` or `recording`.
    case error(kind: String, message: String, details: String)
    /// The case did not run or its findings were all declared, with the reason.
    case skipped(reason: String)
}

/// The result of one case, named stably across runs so CI history works.
public struct CaseResult: Hashable, Sendable {
    /// Stable test name, e.g. `doc-example`.
    public var name: String
    /// Stable class name, e.g. `ice.ListMediaBasicInfos`.
    public var classname: String
    public var location: SourceLocation
    public var outcome: CaseOutcome
    /// Findings that a case declared as known deviations: reported, never failing.
    public var deviations: [Finding]
    /// Findings below the run's failing severities (e.g. `suspicious`): reported, never failing.
    public var warnings: [Finding]
    /// Every drift finding of the case (failing, warning and accepted), for the drift summary.
    public var drift: [DriftObservation]
    /// Wall time in seconds.
    public var time: Double
    /// For a failing or erring live case: how to send it again (`Transport.reproduction`).
    public var reproduction: String?

    public init(
        name: String, classname: String, location: SourceLocation, outcome: CaseOutcome,
        deviations: [Finding] = [], warnings: [Finding] = [], drift: [DriftObservation] = [], time: Double = 0
    ) {
        self.drift = drift
        self.warnings = warnings
        self.name = name
        self.classname = classname
        self.location = location
        self.outcome = outcome
        self.deviations = deviations
        self.time = time
    }
}

/// The results of one case file: one JUnit testsuite.
public struct SuiteResult: Hashable, Sendable {
    /// Stable suite name, the case file path relative to the working directory.
    public var name: String
    /// The case file path, for annotations.
    public var file: String
    /// The operation the case file exercises, e.g. `ice.ListMediaBasicInfos` (empty when unknown).
    public var operation: String
    /// The target the cases ran against: `recorded` or a target from the targets file.
    public var target: String
    /// How they ran: `replay`, `live` or `record`.
    public var mode: String
    public var cases: [CaseResult]

    public init(name: String, file: String, operation: String, target: String, mode: String, cases: [CaseResult]) {
        self.name = name
        self.file = file
        self.operation = operation
        self.target = target
        self.mode = mode
        self.cases = cases
    }
}

/// A whole run: what every reporter renders.
public struct RunResult: Hashable, Sendable {
    public var suites: [SuiteResult]
    /// When the run started, seconds since 1970 (fixed by `SOURCE_DATE_EPOCH` for golden tests).
    public var startedAt: Double
    public var hostname: String

    public init(suites: [SuiteResult], startedAt: Double, hostname: String) {
        self.suites = suites
        self.startedAt = startedAt
        self.hostname = hostname
    }
}
