/// A strict RFC 8259 JSON reader over UTF-8 bytes.
///
/// Purpose-built rather than Foundation's `JSONSerialization` because contract rules need facts that
/// it loses on Linux: the literal text of numbers (`60.00000`), integer versus fraction (`1` vs `1.0`),
/// duplicate keys, and the byte offset of a fault. Size, nesting, members per object and string
/// length are bounded (`JSONLimits`) so a hostile body cannot exhaust memory or the stack.
public struct JSONReader {
    /// Deeper documents are rejected: provider bodies nest fewer than 10 levels.
    public static let maximumDepth = JSONLimits.standard.maximumDepth

    public let limits: JSONLimits

    public init(limits: JSONLimits = .standard) {
        self.limits = limits
    }

    /// Parses a whole document; anything but white space after the value is an error.
    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        if bytes.count > limits.maximumBodyBytes {
            throw JSONParseError(message: "the body is more than \(limits.maximumBodyBytes) bytes", offset: limits.maximumBodyBytes,
                                 line: 1, column: 1, limit: "json_body_bytes")
        }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONValue in
            var cursor = Cursor(bytes: buffer, limits: limits)
            cursor.memberHashes.reserveCapacity(256)
            cursor.skipWhitespace()
            let value = try cursor.parseValue(depth: 0)
            cursor.skipWhitespace()
            if cursor.index < buffer.count {
                throw cursor.error("unexpected \(cursor.describeCurrent()) after the JSON value")
            }
            return value
        }
    }

    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: JSONLimits
    var index = 0
    /// The member-name hashes of every object being read, innermost last (see `MemberNames`).
    var memberHashes: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= limits.maximumDepth else { throw error("nesting deeper than \(limits.maximumDepth) levels", limit: "json_depth") }
        index += 1
        var members: [JSONObject.Member] = []
        var duplicates: [String] = []
        var names = MemberNames(base: memberHashes.count)
        defer { memberHashes.removeSubrange(names.base...) }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject(members: members))
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a member name in double quotes, found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after member name, found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            let value: JSONValue
            do { value = try parseValue(depth: depth) } catch { throw error.within(.key(key)) }
            if members.count == limits.maximumKeysPerObject {
                throw self.error("an object with more than \(limits.maximumKeysPerObject) members", limit: "json_keys_per_object")
            }
            let hash = NameIndex.hash(key)
            if !names.insert(key, hash: hash, among: members, hashes: &memberHashes) { duplicates.append(key) }
            members.append(JSONObject.Member(key: key, keyHash: hash, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(JSONObject(members: members, duplicateKeys: duplicates))
            default: throw error("expected ',' or '}' in an object, found \(describeCurrent())")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= limits.maximumDepth else { throw error("nesting deeper than \(limits.maximumDepth) levels", limit: "json_depth") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            do { elements.append(try parseValue(depth: depth)) } catch { throw error.within(.index(elements.count)) }
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an array") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default: throw error("expected ',' or ']' in an array, found \(describeCurrent())")
            }
        }
    }

    mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        let start = index
        guard index + count <= bytes.count else { throw error("unexpected end of input, expected '\(word)'") }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] {
            index = start
            throw error("unexpected \(describeCurrent()), expected a value")
        }
        index += count
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("a number may not have a leading zero") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs a digit in its exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return JSONNumber(literal: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// Reads a string; the fast path copies an escape-free run in one go — validated as UTF-8 in
    /// one pass when it is not ASCII (titles in Chinese), and read scalar by scalar only when it holds
    /// an escape or is not valid UTF-8 (so the error names the offending byte).
    mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                index = start
                return try parseStringSlow()
            } else if byte < 0x20 {
                throw error("control character \(hex(byte)) must be escaped inside a string")
            } else if byte >= 0x80 {
                ascii = false
            }
            index += 1
        }
        guard index < bytes.count else {
            if ascii { throw error("unterminated string") }
            index = start
            return try parseStringSlow()
        }
        let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
        // Invalid UTF-8 is reported before the length, as the scalar-by-scalar reading does.
        let validated: String?
        if ascii {
            validated = nil
        } else {
            guard let text = String(validating: run, as: UTF8.self) else {
                index = start
                return try parseStringSlow()
            }
            validated = text
        }
        try checkLength(from: start)
        index += 1
        return validated ?? String(decoding: run, as: UTF8.self)
    }

    /// A string with escapes (or invalid UTF-8, to report it): plain runs are copied as bytes, escapes
    /// and multi-byte sequences decoded and checked one at a time, and the string made once at the end.
    mutating func parseStringSlow() throws(JSONParseError) -> String {
        let start = index
        var utf8: [UInt8] = []
        utf8.reserveCapacity(32)
        while true {
            let runStart = index
            while index < bytes.count, bytes[index] >= 0x20, bytes[index] < 0x80, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                index += 1
            }
            if index > runStart { utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                try checkLength(from: start)
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let scalar = try parseEscape()
                utf8.append(contentsOf: UTF8.encode(scalar)!)
            case 0..<0x20:
                throw error("control character \(hex(byte)) must be escaped inside a string")
            default:
                let sequenceStart = index
                _ = try parseUTF8Scalar()
                utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<index]))
            }
        }
    }

    /// A string is measured once its closing quote is found; the error points at its opening quote.
    mutating func checkLength(from start: Int) throws(JSONParseError) {
        guard index - start > limits.maximumStringBytes else { return }
        let length = index - start
        index = start - 1
        throw error("a string of \(length) bytes, more than \(limits.maximumStringBytes)", limit: "json_string_bytes")
    }

    mutating func parseEscape() throws(JSONParseError) -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw error("unterminated escape sequence") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("lone high surrogate \\u\(String(high, radix: 16, uppercase: true))")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("invalid low surrogate in \\u escape") }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("lone low surrogate in \\u escape") }
            return scalar
        default:
            index -= 1
            throw error("invalid escape '\\\(describeCurrent())'")
        }
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("\\u needs four hex digits, found \(describeCurrent())")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Decodes one multi-byte UTF-8 sequence, rejecting overlong forms, surrogates and stray bytes.
    mutating func parseUTF8Scalar() throws(JSONParseError) -> Unicode.Scalar {
        let lead = bytes[index]
        let count: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: count = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: count = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: count = 4; value = UInt32(lead & 0x07)
        default: throw error("invalid UTF-8 byte \(hex(lead))")
        }
        guard index + count <= bytes.count else { throw error("truncated UTF-8 sequence") }
        for i in 1..<count {
            let next = bytes[index + i]
            guard next & 0xC0 == 0x80 else { throw error("invalid UTF-8 sequence starting with \(hex(lead))") }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = count == 2 ? 0x80 : count == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else {
            throw error("invalid UTF-8 sequence starting with \(hex(lead))")
        }
        index += count
        return scalar
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte \(hex(byte))"
    }

    func error(_ message: String, limit: String? = nil) -> JSONParseError {
        var line = 1
        var column = 1
        var i = 0
        while i < index && i < bytes.count {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return JSONParseError(message: message, offset: index, line: line, column: column, limit: limit)
    }
}
