/// Decides whether drift fails a run or only warns: by impact, with overrides per field.
///
/// Declared under `drift:` in `cases/targets.yaml`, for every target at the top level and per target
/// beside its endpoints. The default follows oasdiff: breaking changes fail, additive ones warn.
public struct DriftPolicy: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case fail, warn
    }

    /// One field (or pattern of fields) with its own action, optionally for one operation and some kinds.
    public struct FieldOverride: Sendable, Hashable {
        public var operation: String?
        public var path: JSONPathPattern
        /// Empty: every kind.
        public var kinds: [DriftKind]
        public var action: Action
        public var location: SourceLocation

        public init(operation: String?, path: JSONPathPattern, kinds: [DriftKind] = [], action: Action, location: SourceLocation) {
            self.operation = operation
            self.path = path
            self.kinds = kinds
            self.action = action
            self.location = location
        }

        func covers(_ kind: DriftKind, operation: String, path: FindingPath) -> Bool {
            (self.operation == nil || self.operation == operation) && (kinds.isEmpty || kinds.contains(kind)) && self.path.matches(path)
        }
    }

    public var breaking: Action
    public var additive: Action
    /// The first override that covers a drift decides it.
    public var fields: [FieldOverride]

    public init(breaking: Action = .fail, additive: Action = .warn, fields: [FieldOverride] = []) {
        self.breaking = breaking
        self.additive = additive
        self.fields = fields
    }

    public func action(for kind: DriftKind, operation: String, path: FindingPath) -> Action {
        if let override = fields.first(where: { $0.covers(kind, operation: operation, path: path) }) { return override.action }
        return kind.impact == .breaking ? breaking : additive
    }
}
