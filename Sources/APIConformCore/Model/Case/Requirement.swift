/// A server state a case needs and a healthy account does not have (throttling, a RAM user without
/// the permission, a wrong secret, the documentation's fake ids): `requires: {replay: "why"}`.
/// Where the condition does not hold the case is reported as skipped with the reason, never run.
public struct Requirement: Sendable, Hashable {
    public var condition: Condition
    public var reason: String
    public var location: SourceLocation

    public enum Condition: String, Sendable, Hashable, CaseIterable {
        /// Only its recording can give this exchange: the case runs on replay only.
        case replay
    }

    public init(condition: Condition, reason: String, location: SourceLocation) {
        self.condition = condition
        self.reason = reason
        self.location = location
    }

    /// Whether a run in `mode` (the transport's: `replay`, `live`, `record`) meets the condition.
    public func isMet(inMode mode: String) -> Bool {
        switch condition {
        case .replay: return mode == "replay"
        }
    }
}
