import APIConformReports
import Testing

/// No byte a server sends reaches a terminal raw: every control character is shown as an escape.
@Suite struct ConsoleTextTests {
    @Test func controlCharactersAreShownNotSent() {
        let hostile = "a\u{1B}[2J\u{1B}[H\u{0}b\u{7F}c\u{9B}31m\u{85}d\r\u{202E}e\u{7}"
        let shown = ConsoleText.sanitize(hostile)
        #expect(shown == "a\\u{1B}[2J\\u{1B}[H\\u{0}b\\u{7F}c\\u{9B}31m\\u{85}d\\u{D}\\u{202E}e\\u{7}")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func ordinaryTextIsKept() {
        for text in ["plain", "tab\there\nand a newline", "中文 ✓ 🚀 café", "\\u{1B} typed literally"] {
            #expect(ConsoleText.sanitize(text) == text)
        }
        #expect(ConsoleText.sanitize("a\nb", keepingNewlines: false) == "a\\u{A}b")
    }
}
