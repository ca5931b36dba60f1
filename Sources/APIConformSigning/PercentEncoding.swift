/// The percent-encodings the three signers need, written out byte by byte.
///
/// Foundation's `URLComponents` is deliberately not used: it leaves `+` and other
/// sub-delimiters unescaped in query values, a server decodes that `+` as a space, and the
/// signature breaks (Base64 `NextToken` values are full of `+`, `/` and `=`).
///
/// Both encoders leave exactly the RFC 3986 unreserved set `A-Z a-z 0-9 - _ . ~` literal and
/// write every other UTF-8 byte as `%XX` with upper-case hex. They differ only in the space:
/// - `rfc3986` writes `%20`. It is what all three signatures cover, Huawei's wire query and
///   the legacy Alibaba core's wire query.
/// - `form` writes `+`, as Python's `urlencode` (`quote_plus`) does. The tea-openapi client
///   builds its wire URL with it, so `*` is `%2A` and `~` stays literal there too.
public enum PercentEncoding {
    /// RFC 3986 encoding: unreserved bytes literal, everything else `%XX`, space `%20`.
    public static func rfc3986(_ text: String) -> String {
        encode(text, spaceAsPlus: false)
    }

    /// Python `quote_plus` encoding: like `rfc3986` but a space becomes `+`.
    public static func form(_ text: String) -> String {
        encode(text, spaceAsPlus: true)
    }

    /// `name=value` pairs joined with `&`, both sides RFC 3986-encoded, in the given order.
    public static func rfc3986Query(_ parameters: [QueryParameter]) -> String {
        join(parameters, encode: rfc3986)
    }

    /// `name=value` pairs joined with `&`, both sides form-encoded, in the given order:
    /// byte for byte what Python's `urlencode` makes of an ordered dict of strings.
    public static func formQuery(_ parameters: [QueryParameter]) -> String {
        join(parameters, encode: form)
    }

    /// Decodes `%XX` escapes, and `+` as a space when `plusAsSpace` is set.
    ///
    /// It is as forgiving as Python's `unquote`: a `%` not followed by two hex digits stays
    /// literal, and bytes that are not valid UTF-8 become U+FFFD. A server must never crash
    /// on a malformed request, and being this lenient recomputes what the SDK's own server
    /// side would, so a bad escape surfaces as a signature mismatch with a readable string
    /// to sign instead of an opaque parse error.
    public static func decode<Text: StringProtocol>(_ text: Text, plusAsSpace: Bool) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
                continue
            }
            output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits a raw query string (without the `?`) into decoded pairs, in order.
    ///
    /// Follows Python's `parse_qsl(keep_blank_values=True)`: pairs are separated by `&`,
    /// empty pieces are skipped, a piece without `=` is a name with an empty value, and `+`
    /// decodes to a space. Blank values must be kept because the legacy Alibaba core signs
    /// `SignatureType=` with an empty value.
    public static func decodeQuery(_ rawQuery: String) -> [QueryParameter] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { piece in
            guard let equals = piece.firstIndex(of: "=") else {
                return QueryParameter(decode(piece, plusAsSpace: true), "")
            }
            return QueryParameter(
                decode(piece[..<equals], plusAsSpace: true),
                decode(piece[piece.index(after: equals)...], plusAsSpace: true)
            )
        }
    }

    // MARK: - Private

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func encode(_ text: String, spaceAsPlus: Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else if spaceAsPlus && byte == UInt8(ascii: " ") {
                output.append(UInt8(ascii: "+"))
            } else {
                output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func join(_ parameters: [QueryParameter], encode: (String) -> String) -> String {
        parameters.map { "\(encode($0.name))=\(encode($0.value))" }.joined(separator: "&")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
