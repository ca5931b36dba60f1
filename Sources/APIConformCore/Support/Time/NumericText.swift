/// The grammar of numbers written as strings (`"14340962"`, `"60.00000"`), shared by the rules that read them.
public enum NumericText {
    /// An optional minus sign and digits, no leading zeros beyond a single `0`, no spaces.
    public static func isInteger(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        guard let first = utf8.first, utf8.allSatisfy(isDigit) else { return false }
        return !(first == UInt8(ascii: "0") && utf8.count > 1)
    }

    /// An integer optionally followed by `.` and digits: `60.00000`, `1912.13`, `0.5`. No exponent, no spaces.
    public static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard isInteger(String(parts[0])) || parts[0] == "-0" else { return false }
        if parts.count == 2 {
            return !parts[1].isEmpty && parts[1].utf8.allSatisfy(isDigit)
        }
        return true
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
