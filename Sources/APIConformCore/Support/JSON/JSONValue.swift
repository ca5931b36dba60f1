/// A parsed JSON value that keeps the facts contract rules need and Foundation loses:
/// number literal text, integer versus fraction, duplicate keys and byte offsets.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The JSON type name used in findings: `null`, `boolean`, `integer`, `number`, `string`, `array`, `object`.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let n): return n.isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Member lookup on objects; nil for other kinds or a missing key.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// A short, single-line rendering for findings (`"abc"`, `12`, `null`, `{…}`), cut at `limit` characters.
    public func brief(limit: Int = 80) -> String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .number(let n): text = n.literal
        case .string(let s): return JSONValue.briefQuoted(s, limit: limit)
        case .array(let a): text = a.isEmpty ? "[]" : "[…] (\(a.count) items)"
        case .object(let o): text = o.members.isEmpty ? "{}" : "{…}"
        }
        if text.count <= limit { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// `quoted(s)` cut at `limit` characters, without quoting (or counting) more of a long string than
    /// the cut keeps: a 10 MB string costs what its first few hundred characters cost. The quoted
    /// text of a prefix of `s` is a prefix of `quoted(s)`, and every character of it but the last is a
    /// character of the whole, so once a prefix quotes to more than `limit` characters the cut is known.
    static func briefQuoted(_ s: String, limit: Int) -> String {
        var scalars = max(16, limit * 2)
        while true {
            let head = s.unicodeScalars.prefix(scalars)
            if head.endIndex == s.unicodeScalars.endIndex { break }
            let opened = quoted(String(String.UnicodeScalarView(head))).dropLast()
            if opened.count > limit { return String(opened.prefix(limit)) + "…" }
            scalars *= 2
        }
        let text = quoted(s)
        if text.count <= limit { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// JSON string quoting with escapes, so control characters stay visible in reports.
    public static func quoted(_ s: String) -> String {
        // Most strings need no escape: one scan of their bytes, then one copy.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A JSON number as written: the literal text is the fact; conversions are derived from it.
public struct JSONNumber: Hashable, Sendable {
    /// The number exactly as it appeared, e.g. `60.00000` or `3049`.
    public let literal: String

    public init(literal: String) {
        self.literal = literal
    }

    /// True when the literal has no fraction and no exponent (`1` yes; `1.0` and `1e3` no).
    public var isInteger: Bool {
        !literal.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    public var int64: Int64? { isInteger ? Int64(literal) : nil }
    public var double: Double? { Double(literal) }
}

/// A JSON object with members in document order. Lookups take the first member of a name;
/// later duplicates are kept in `duplicateKeys` so a rule can report them.
public struct JSONObject: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public let key: String
        public var value: JSONValue
        /// `NameIndex.hash(key)`, computed once when the member is read: the walk and the
        /// undocumented-field rule look every member up by it.
        public let keyHash: Int

        public init(key: String, value: JSONValue) {
            self.init(key: key, keyHash: NameIndex.hash(key), value: value)
        }

        init(key: String, keyHash: Int, value: JSONValue) {
            self.key = key
            self.keyHash = keyHash
            self.value = value
        }
    }

    public var members: [Member]
    /// Names that occurred more than once, in order of their second occurrence.
    public var duplicateKeys: [String]

    public init(members: [Member], duplicateKeys: [String] = []) {
        self.members = members
        self.duplicateKeys = duplicateKeys
    }

    /// Linear search: provider objects hold a few dozen members at most, where this beats hashing.
    public subscript(key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    public var keys: [String] { members.map(\.key) }
}
