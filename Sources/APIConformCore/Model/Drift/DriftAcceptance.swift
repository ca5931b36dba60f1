/// A known change, accepted with a reason until an optional expiry day, so that only new drift
/// turns a run red. Declared in `cases/accepted-drift.yaml`; an expired acceptance stops shielding.
public struct DriftAcceptance: Sendable, Hashable {
    public var operation: String
    public var path: JSONPathPattern
    /// Nil: every kind of drift at the path.
    public var kind: DriftKind?
    public var reason: String
    /// The last day (UTC) the acceptance holds; nil: until removed.
    public var expires: CalendarDay?
    public var location: SourceLocation

    public init(operation: String, path: JSONPathPattern, kind: DriftKind?, reason: String, expires: CalendarDay?, location: SourceLocation) {
        self.operation = operation
        self.path = path
        self.kind = kind
        self.reason = reason
        self.expires = expires
        self.location = location
    }

    public func covers(_ kind: DriftKind, operation: String, path: FindingPath) -> Bool {
        self.operation == operation && (self.kind == nil || self.kind == kind) && self.path.matches(path)
    }

    /// Whether the acceptance has run out on `day` (it still holds on its expiry day).
    public func isExpired(on day: CalendarDay) -> Bool {
        guard let expires else { return false }
        return day > expires
    }
}

/// A UTC calendar day, `YYYY-MM-DD`, compared by its day number.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int64

    public init(dayNumber: Int64) {
        self.dayNumber = dayNumber
    }

    /// The UTC day that contains `secondsSince1970`.
    public init(secondsSince1970: Double) {
        dayNumber = Int64((secondsSince1970 / 86_400).rounded(.down))
    }

    /// Parses `YYYY-MM-DD`, calendar-valid; nil otherwise.
    public init?(parsing text: String) {
        guard let seconds = TimeFormat.iso8601UTC.seconds(text + "T00:00:00Z") else { return nil }
        self.init(secondsSince1970: Double(seconds))
    }

    public var description: String {
        String(TimeFormat.iso8601UTC.format(dayNumber * 86_400).prefix(10))
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
