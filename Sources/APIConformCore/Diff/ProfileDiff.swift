/// What changed between two recording sets, operation by operation and field by field, graded by the
/// contracts and judged against the accepted drift: the result of `apiconform diff OLD NEW`.
public struct ProfileDiff: Sendable {
    /// Breaking first, then additive, then info; within each by operation, body, field and kind.
    public private(set) var changes: [ProfileChange]

    public init(old: RecordingProfile, new: RecordingProfile, contracts: [Contract]) {
        let byOperation = Dictionary(contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [ProfileChange] = []
        for operation in Set(old.operations.keys).union(new.operations.keys).sorted() {
            for body in BodyKind.allCases {
                let comparison = BodyComparison(operation: operation, body: body, old: old.operations[operation]?[body] ?? BodyProfile(),
                                                new: new.operations[operation]?[body] ?? BodyProfile(),
                                                contract: body == .success ? byOperation[operation] : nil)
                changes += comparison.changes()
            }
        }
        self.changes = changes.sorted(by: ProfileChange.precedes)
    }

    /// Marks the changes that an acceptance covers: accepted while it holds on `day`, expired after.
    /// The first covering acceptance that holds wins; an expired one is named only when none holds.
    public func judged(by acceptances: [DriftAcceptance], on day: CalendarDay) -> ProfileDiff {
        var judged = self
        for index in judged.changes.indices {
            guard case .drift(let kind) = judged.changes[index].kind else { continue }
            let change = judged.changes[index]
            // A profile field is a pattern of the field's every index (`$.MediaInfos[*].Title`).
            let field = FindingPath(reading: change.field)
            let covering = acceptances.filter { $0.covers(kind, operation: change.operation, path: field) }
            if let holding = covering.first(where: { !$0.isExpired(on: day) }) {
                judged.changes[index].status = .accepted
                judged.changes[index].acceptance = holding
            } else if let expired = covering.first {
                judged.changes[index].status = .expired
                judged.changes[index].acceptance = expired
            }
        }
        return judged
    }

    /// Whether any breaking change is left that no acceptance holds for (exit 1).
    public var fails: Bool { changes.contains(where: \.fails) }

    public var totals: Totals { Totals(changes) }

    /// `N breaking (M accepted), K additive, J info`.
    public struct Totals: Hashable, Sendable, CustomStringConvertible {
        public var breaking = 0
        public var accepted = 0
        public var additive = 0
        public var info = 0

        init(_ changes: [ProfileChange]) {
            for change in changes {
                switch change.impact {
                case .breaking:
                    breaking += 1
                    if change.status == .accepted { accepted += 1 }
                case .additive: additive += 1
                case .info: info += 1
                }
            }
        }

        public var description: String { "\(breaking) breaking (\(accepted) accepted), \(additive) additive, \(info) info" }
    }
}
