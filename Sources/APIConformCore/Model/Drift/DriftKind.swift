/// What changed in a response compared with its documented contract, in oasdiff's vocabulary.
///
/// Only response findings of the schema rules are drift; invariant findings (sort, filters,
/// partitions) are behaviour bugs, not shape changes, and stay plain contract findings.
public enum DriftKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A member the contract does not document (additive).
    case newField = "new_field"
    /// A value outside an enum the contract declares open (`enum_open: true`) (additive).
    case newEnumValue = "new_enum_value"
    /// A value outside a closed enum: clients that switch exhaustively break.
    case enumOutsideSet = "enum_outside_set"
    /// A JSON type other than the documented one, a numeric string included (`"14340962"` → `14340962`).
    case typeChange = "type_change"
    /// A time in another format than the documented one (ISO 8601 UTC vs `yyyymmddhhmmss`).
    case timeFormat = "time_format"
    /// More items than the documented cap.
    case capExceeded = "cap_exceeded"
    /// A required field is absent.
    case missingField = "missing_field"
    /// Null where the contract says never.
    case unexpectedNull = "unexpected_null"

    public enum Impact: String, Sendable, Hashable, CaseIterable {
        /// Clients written to the contract break.
        case breaking
        /// Clients written to the contract keep working; worth knowing, rarely worth a red build.
        case additive
    }

    public var impact: Impact {
        switch self {
        case .newField, .newEnumValue: return .additive
        default: return .breaking
        }
    }

    /// Words for reports: "type change".
    public var title: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Breaking before additive, then declaration order: the order reports list drift in.
    public static func < (lhs: DriftKind, rhs: DriftKind) -> Bool {
        let order = allCases
        if lhs.impact != rhs.impact { return lhs.impact == .breaking }
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
