/// Text made safe for a terminal or a CI log: every control character a server or a file could
/// smuggle in (C0 but tab and newline, DEL, C1 — U+009B is a one-byte CSI —, bidirectional overrides
/// that reorder what a reader sees) is shown as a visible `\u{1B}`-style escape, never emitted raw,
/// so a response cannot clear a log, rewrite lines, or hide a failure. Colour, when there is any,
/// comes only from the tool itself, after sanitising.
public enum ConsoleText {
    public static func sanitize(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingNewlines: keepingNewlines) {
                out.append(contentsOf: XMLText.escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepingNewlines
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
