/// Makes any text safe to write into an XML 1.0 document, whatever bytes a server sent.
///
/// Reports quote what providers returned, and a single forbidden character makes the whole JUnit
/// file unreadable to CI, hiding every result in it. So nothing is dropped: each character XML 1.0
/// forbids is replaced by a visible Swift-style escape such as `\u{1B}`. That keeps the evidence (a
/// reader can still see the server sent an ESC) and keeps the document valid. The escape is for
/// people, not machines: a literal `\u{1B}` in the input reads the same, which is acceptable here.
///
/// Markup (`<`, `&`, quotes, `]]>`) is not this type's concern: the libxml2 writer escapes it.
public enum XMLText {
    /// How many Unicode scalars a `message` attribute keeps before it is cut with an ellipsis.
    public static let defaultMessageLimit = 1_000

    /// Decodes bytes as UTF-8, replacing each invalid sequence by U+FFFD, then applies `sanitize`.
    public static func sanitize<Bytes: Collection<UInt8>>(bytes: Bytes) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// Replaces every character XML 1.0 forbids by a visible escape; returns other text unchanged.
    public static func sanitize(_ text: String) -> String {
        // The common case is clean text: return it without copying.
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Shortens `text` to at most `limit` Unicode scalars, ending with `…` when it was cut.
    /// A `limit` of 0 or less keeps the whole text.
    ///
    /// Counts scalars rather than characters so that the bound holds even for a "character" built from
    /// thousands of combining marks. Cut before `sanitize`, so an escape is never split in half.
    public static func capped(_ text: String, limit: Int = defaultMessageLimit) -> String {
        let scalars = text.unicodeScalars
        guard limit > 0, scalars.count > limit else { return text }
        var result = String.UnicodeScalarView(scalars.prefix(limit - 1))
        result.append("…")
        return String(result)
    }

    /// True for the characters outside XML 1.0's `Char` production that a Swift string can hold.
    ///
    /// Tab, line feed and carriage return are allowed; lone surrogates cannot occur in a `String`.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// `\u{1B}`: the spelling a Swift or Rust developer reads at once, in upper-case hex.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
