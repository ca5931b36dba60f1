import APIConformReports
import Testing

/// What the sanitiser keeps, escapes and cuts, character by character.
@Suite struct XMLTextTests {
    @Test func cleanTextIsUnchanged() {
        let text = "tab\there\nline\r\n<&\"'> ]]> 日本語 🚀 \u{7F} \u{85} \u{FFFD} \u{10FFFF}"
        #expect(XMLText.sanitize(text) == text)
    }

    @Test(arguments: Array(0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + [0xFFFE, 0xFFFF])
    func forbiddenCharactersBecomeVisibleEscapes(value: Int) throws {
        let scalar = try #require(Unicode.Scalar(UInt32(value)))
        let escape = "\\u{" + String(value, radix: 16, uppercase: true) + "}"
        #expect(XMLText.isForbidden(scalar))
        #expect(XMLText.sanitize("a\(Character(scalar))b") == "a\(escape)b")
    }

    @Test func escapeSpellings() {
        #expect(XMLText.sanitize("\u{1B}[31mred\u{1B}[0m") == "\\u{1B}[31mred\\u{1B}[0m")
        #expect(XMLText.sanitize("nul\u{0}") == "nul\\u{0}")
        #expect(XMLText.sanitize("\u{FFFE}\u{FFFF}") == "\\u{FFFE}\\u{FFFF}")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        // A lone continuation byte, a truncated 3-byte sequence, an overlong '/', a surrogate half.
        let bytes: [UInt8] = [0x61, 0x80, 0x62, 0xE2, 0x82, 0x63, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x1B]
        let text = XMLText.sanitize(bytes: bytes)
        #expect(text.hasPrefix("a\u{FFFD}b\u{FFFD}c"))
        #expect(text.hasSuffix("\u{FFFD}\\u{1B}"))
        #expect(!text.unicodeScalars.contains(where: XMLText.isForbidden))
    }

    @Test func cappingCountsScalarsAndEndsWithEllipsis() {
        #expect(XMLText.capped("short", limit: 10) == "short")
        #expect(XMLText.capped("0123456789", limit: 10) == "0123456789")
        #expect(XMLText.capped("0123456789A", limit: 10) == "012345678…")
        let zalgo = "a" + String(repeating: "\u{301}", count: 5_000)
        #expect(XMLText.capped(zalgo).unicodeScalars.count == XMLText.defaultMessageLimit)
    }
}
