/// Numbers written as text (`"14340962"`, `"60.00000"`), read in one pass over the UTF-8.
public enum NumericText {
    /// An optional minus sign and digits, no leading zeros beyond a single `0`, no spaces.
    public static func isInteger(_ text: String) -> Bool {
        scan(text) { !$0.isEmpty && integerLength($0) == $0.count }
    }

    /// An integer optionally followed by `.` and digits: `60.00000`, `1912.13`, `0.5`. No exponent, no spaces.
    public static func isDecimal(_ text: String) -> Bool {
        scan(text) { bytes in
            let integer = integerLength(bytes)
            if integer == 0 { return false }
            if integer == bytes.count { return true }
            guard bytes[integer] == UInt8(ascii: "."), integer + 1 < bytes.count else { return false }
            return bytes[(integer + 1)...].allSatisfy(isDigit)
        }
    }

    /// The length of the integer `bytes` start with (`-`? then `0` or a digit run without a leading
    /// zero); 0 when they start with none, or with a leading zero followed by a digit.
    static func integerLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digits = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        if index == digits { return 0 }
        if bytes[digits] == UInt8(ascii: "0") && index - digits > 1 { return 0 }
        return index
    }

    static func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(body) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
