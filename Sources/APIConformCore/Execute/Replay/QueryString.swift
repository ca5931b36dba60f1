/// Query strings as the providers' SDKs write them: RFC 3986 percent-encoding, `+` or `%20` for a space.
public enum QueryString {
    /// Decodes `a=1&b=x%20y&b=z`, keeping order and repeated names; `+` is a space (form encoding).
    public static func decode(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]) : ""
            return (percentDecode(String(parts[0])), percentDecode(value))
        }
    }

    /// Encodes with the RFC 3986 unreserved set only, so `+`, `/` and `=` in tokens survive.
    public static func encode(_ items: [(name: String, value: String)]) -> String {
        items.map { percentEncode($0.name) + "=" + percentEncode($0.value) }.joined(separator: "&")
    }

    public static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    public static func percentDecode(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "%"), utf8.count >= 2,
                      let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Request parameters as query pairs: scalars as text, arrays as repeated names, in order.
    public static func items(of request: JSONObject) -> [(name: String, value: String)] {
        request.members.flatMap { member -> [(name: String, value: String)] in
            if let array = member.value.arrayValue {
                return array.compactMap(ValueText.scalarText).map { (member.key, $0) }
            }
            return ValueText.scalarText(member.value).map { [(member.key, $0)] } ?? []
        }
    }
}
