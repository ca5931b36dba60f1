/// What a string value looks like to a client that parses it: a number written as text, a time in
/// one of the documented formats, or plain text. The profile counts shapes; the diff compares them.
public enum StringShape {
    /// Numbers sent as strings (`"14340962"`, `"60.00000"`), in the grammar of `numeric_string`.
    public enum Numeric: String, Hashable, Sendable, CaseIterable, Comparable {
        case integer, decimal, text

        public init(_ text: String) {
            if NumericText.isInteger(text) {
                self = .integer
            } else if NumericText.isDecimal(text) {
                self = .decimal
            } else {
                self = .text
            }
        }

        /// Words for evidence: "integer strings".
        public var title: String { self == .text ? "non-numeric strings" : "\(rawValue) strings" }

        public static func < (lhs: Numeric, rhs: Numeric) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Times in the formats `time_format` knows; anything else is `other`.
    public enum Time: Hashable, Sendable, Comparable {
        case format(TimeFormat)
        case other

        public init(_ text: String) {
            self = TimeFormat.allCases.first { $0.seconds(text) != nil }.map(Time.format) ?? .other
        }

        /// `iso8601_utc`, `yyyymmddhhmmss` or `other`, as contracts spell the formats.
        public var name: String {
            switch self {
            case .format(let format): return format.rawValue
            case .other: return "other"
            }
        }

        public static func < (lhs: Time, rhs: Time) -> Bool {
            switch (lhs, rhs) {
            case (.format(let a), .format(let b)): return TimeFormat.allCases.firstIndex(of: a)! < TimeFormat.allCases.firstIndex(of: b)!
            case (.format, .other): return true
            default: return false
            }
        }
    }
}
