/// A run's drift, aggregated by operation, field and kind across every response: what the console,
/// the JUnit drift testcases and `drift.md` / `drift.html` render.
public struct DriftSummary: Hashable, Sendable {
    /// One field of one operation that drifted one way.
    public struct Entry: Hashable, Sendable {
        public var operation: String
        /// The field, indices made wildcards: `$.MediaInfos[*].Mezzanine.FileSize`.
        public var field: String
        public var kind: DriftKind
        /// The most severe status among its observations (fail, expired, warn, accepted).
        public var status: DriftObservation.Status
        public var acceptance: DriftAcceptance?
        /// How many responses' values drifted this way.
        public var count: Int
        /// The first case that saw it (`suite file` and case name) and its location.
        public var firstCase: String
        public var firstLocation: SourceLocation
        /// The recording (or live target) of that first response.
        public var firstSource: String
        /// The first concrete path, e.g. `$.MediaInfos[3].Mezzanine.FileSize`.
        public var firstPath: String
        public var message: String
        public var expected: String?
        /// Up to `exampleLimit` distinct actual values, in the order seen.
        public var examples: [String]

        /// A name stable across runs for CI history: `type_change $.MediaInfos[*].Mezzanine.FileSize`.
        public var testName: String { "\(kind.rawValue) \(field)" }
    }

    public static let exampleLimit = 3

    /// Failing first, then breaking before additive, then by operation, field and kind.
    public var entries: [Entry]
    /// How many responses the run evaluated (cases that got one).
    public var responses: Int

    public var isEmpty: Bool { entries.isEmpty }
    public var failing: [Entry] { entries.filter { $0.status == .fail || $0.status == .expired } }

    public init(entries: [Entry], responses: Int) {
        self.entries = entries
        self.responses = responses
    }

    public init(_ run: RunResult) {
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var responses = 0
        for suite in run.suites {
            for result in suite.cases {
                if Self.gotResponse(result) { responses += 1 }
                for observation in result.drift {
                    let field = observation.finding.path.field
                    let key = "\(result.classname)\u{0}\(field)\u{0}\(observation.kind.rawValue)"
                    let actual = observation.finding.actual ?? ""
                    if let at = index[key] {
                        entries[at].count += 1
                        if Self.rank(observation.status) < Self.rank(entries[at].status) {
                            entries[at].status = observation.status
                            entries[at].acceptance = observation.acceptance
                        }
                        if entries[at].examples.count < Self.exampleLimit, !entries[at].examples.contains(actual) { entries[at].examples.append(actual) }
                        continue
                    }
                    index[key] = entries.count
                    entries.append(Entry(operation: result.classname, field: field, kind: observation.kind, status: observation.status,
                                         acceptance: observation.acceptance, count: 1, firstCase: "\(suite.name) \(result.name)",
                                         firstLocation: result.location, firstSource: observation.source, firstPath: observation.finding.path.description,
                                         message: observation.finding.text, expected: observation.finding.expected, examples: [actual]))
                }
            }
        }
        self.entries = entries.sorted { a, b in
            if Self.rank(a.status) != Self.rank(b.status) { return Self.rank(a.status) < Self.rank(b.status) }
            if a.kind.impact != b.kind.impact { return a.kind.impact == .breaking }
            return (a.operation, a.field, a.kind.rawValue) < (b.operation, b.field, b.kind.rawValue)
        }
        self.responses = responses
    }

    /// Whether the case was evaluated on a response: not an error, not skipped without running.
    static func gotResponse(_ result: CaseResult) -> Bool {
        switch result.outcome {
        case .error: return false
        case .skipped: return !result.deviations.isEmpty
        case .passed, .failed: return true
        }
    }

    /// Most severe first: what makes a build red, then what someone must revisit, then the rest.
    static func rank(_ status: DriftObservation.Status) -> Int {
        switch status {
        case .fail: return 0
        case .expired: return 1
        case .warn: return 2
        case .accepted: return 3
        }
    }
}
