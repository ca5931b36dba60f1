/// Types a plain (unquoted) scalar by the YAML 1.2 core schema (spec §10.3.2), by hand.
///
/// Yams resolves tags by running NSRegularExpression rules over every scalar, and again each time a
/// key is hashed for its duplicate-key pass: that was most of the time a one-shot `check` spent
/// loading contracts. `YAMLDocument` composes with no resolver rules (every scalar a string to Yams)
/// and types plain scalars here in one pass over their bytes. Quoted scalars are strings and never
/// come here.
///
/// The core schema, not YAML 1.1: `yes`, `no`, `on` and `off` are strings, `1_000` and `1:30` are
/// strings, `0x1F` and `0o17` are integers. A decimal that does not fit in 64 bits stays a string,
/// as it did before (the loaders say "must be an integer" rather than round it).
public enum YAMLCoreSchema {
    public static func resolve(plain text: String) -> YAMLScalar.Resolved {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let bytes = Array(text.utf8)
        if let parsed = integer(bytes) { return parsed.map { .integer($0) } ?? .string }
        // `isFloat` admits only what the schema calls a float (never `0x10` or `inf`, which `Double` also reads).
        if isFloat(bytes), let value = Double(text) { return .float(value) }
        return .string
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`: nil when `bytes` is not one of them; `.some(nil)`
    /// when it is but does not fit in an Int64.
    static func integer(_ bytes: [UInt8]) -> Int64?? {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = String(decoding: bytes[2...], as: UTF8.self)
            switch bytes[1] {
            case UInt8(ascii: "o"):
                guard bytes[2...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }) else { return nil }
                return .some(Int64(digits, radix: 8))
            case UInt8(ascii: "x"):
                guard bytes[2...].allSatisfy(isHexDigit) else { return nil }
                return .some(Int64(digits, radix: 16))
            default: break
            }
        }
        let unsigned = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        guard !unsigned.isEmpty, unsigned.allSatisfy(isDigit) else { return nil }
        return .some(Int64(String(decoding: bytes, as: UTF8.self)))
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        func skip(_ characters: String) -> Bool {
            guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        _ = skip("-+")
        if skip(".") {
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if skip(".") { _ = digits() }
        }
        if skip("eE") {
            _ = skip("-+")
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
