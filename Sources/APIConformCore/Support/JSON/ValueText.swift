/// Reads JSON scalars the way a query string carries them: numbers and booleans as text.
public enum ValueText {
    public static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s
        case .number(let n): return n.literal
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    public static func integer(_ value: JSONValue) -> Int64? {
        switch value {
        case .number(let n): return n.int64
        case .string(let s): return Int64(s)
        default: return nil
        }
    }

    /// A number from a JSON number or a numeric string (`"1912.13"`).
    public static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let n): return n.double
        case .string(let s):
            guard NumericText.isDecimal(s) else { return nil }
            // Most are integers: exact through Int64 (up to 2⁵³), without strtod.
            if s.utf8.count <= 15, let integer = Int64(s) { return Double(integer) }
            return Double(s)
        default: return nil
        }
    }
}
