/// One difference between two recording sets at one field: what changed, how much it matters, the
/// evidence on both sides and a recording that shows it.
public struct ProfileChange: Hashable, Sendable {
    /// A drift kind (breaking or additive), or a difference worth knowing that breaks no one.
    public enum Kind: Hashable, Sendable {
        case drift(DriftKind)
        case info(Note)

        /// The name reports print: `type_change`, `item_count`.
        public var name: String {
            switch self {
            case .drift(let kind): return kind.rawValue
            case .info(let note): return note.rawValue
            }
        }
    }

    /// Informational differences: none of them can break a client written to the contract.
    public enum Note: String, Hashable, Sendable, CaseIterable {
        /// The operation has responses of this body kind on one side only.
        case notRecorded = "not_recorded"
        /// Values of an enum seen in OLD and not in NEW.
        case valueRemoved = "value_removed"
        /// NEW shows a field, type, null, value or time format the contract documents and OLD never showed.
        case documented
        /// Arrays hold other numbers of items, within the cap.
        case itemCount = "item_count"
        /// Numbers written as strings gained fractions where the contract does not say `integer`.
        case numericShape = "numeric_shape"
    }

    public enum Impact: String, Hashable, Sendable, CaseIterable, Comparable {
        case breaking, additive, info

        public static func < (lhs: Impact, rhs: Impact) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var operation: String
    public var body: BodyKind
    /// The field, indices as wildcards: `$.MediaInfos[*].MezzanineInfo.Size`.
    public var field: String
    public var kind: Kind
    /// Short evidence from OLD and from NEW: `integer`, `in 3 of 14 responses`, `+"Deleted"`.
    public var old: String
    public var new: String
    /// The first recording on each side that shows it (nil where that side has none).
    public var oldExample: String?
    public var newExample: String?
    /// `fail` or `warn` by impact, or what an acceptance made of it.
    public var status: DriftObservation.Status
    public var acceptance: DriftAcceptance?

    public init(operation: String, body: BodyKind, field: String, kind: Kind, old: String, new: String,
                oldExample: String?, newExample: String?) {
        self.operation = operation
        self.body = body
        self.field = field
        self.kind = kind
        self.old = old
        self.new = new
        self.oldExample = oldExample
        self.newExample = newExample
        acceptance = nil
        status = Self.impact(of: kind) == .breaking ? .fail : .warn
    }

    public var impact: Impact { Self.impact(of: kind) }

    static func impact(of kind: Kind) -> Impact {
        switch kind {
        case .drift(let kind): return kind.impact == .breaking ? .breaking : .additive
        case .info: return .info
        }
    }

    /// The field as reports print it: error-body fields carry an `error:` prefix.
    public var fieldLabel: String { body == .error ? "error:\(field)" : field }

    /// A breaking change that no acceptance holds for: it makes `apiconform diff` exit 1.
    public var fails: Bool { impact == .breaking && status != .accepted }

    /// Breaking, additive, info; then by operation, body, field and kind, so output is stable.
    public static func precedes(_ a: ProfileChange, _ b: ProfileChange) -> Bool {
        if a.impact != b.impact { return a.impact < b.impact }
        if a.operation != b.operation { return a.operation < b.operation }
        if a.body != b.body { return a.body < b.body }
        if a.field != b.field { return a.field < b.field }
        return a.kind.name < b.kind.name
    }
}
