import APIConformTestSupport
import APIConformCore
@testable import APIConformReports
import Testing

/// Whatever bytes a server sends, the report stays well-formed and schema-valid and keeps the evidence.
@Suite struct HostileContentTests {
    /// Every C0 control, DEL, the two non-characters, markup, `]]>`, quotes and an emoji.
    static let controls = String(decoding: Array(0x00...0x1F).map { UInt8($0) } + [0x7F], as: UTF8.self)
    static let hostile = "ctl[\(controls)] \u{FFFE}\u{FFFF} ]]> <tag attr=\"v\" x='y'> &amp; & 🚀👩‍👩‍👧 \u{1B}[31mred"
    /// Invalid UTF-8 decoded with repair, as a transport would hand it over.
    static let repaired = String(decoding: [0x66, 0x6F, 0x80, 0xFF, 0xC3, 0x28, 0xE2, 0x28, 0xA1, 0xED, 0xA0, 0x80] as [UInt8], as: UTF8.self)
    static let huge = String(repeating: "0123456789abcdef", count: 6_400) // 100 KiB

    static func hostileRun() -> RunResult {
        let findings = [
            Finding(rule: "time_format", path: "$.A\u{1B}", message: hostile, expected: "<&>", actual: repaired),
            Finding(rule: "max_length", path: "$.Blob", message: "Blob is 100 KiB", actual: huge),
            Finding(rule: "enum", path: "$.B", message: huge),
        ]
        var run = RunFixtures.everyOutcome()
        run.hostname = "host\u{0}\u{1F}"
        run.suites[0].target = hostile
        run.suites[0].cases[0].deviations = [Finding(rule: "enum", path: "$.C", message: hostile)]
        run.suites[0].cases[1].outcome = .failed(findings)
        run.suites[0].cases[2].outcome = .error(kind: "transport\u{7}", message: hostile, details: hostile + repaired)
        run.suites[0].cases[3].outcome = .skipped(reason: huge)
        run.suites[0].cases[3].name = "name \u{0} ]]> 🚀"
        return run
    }

    @Test func reportIsWellFormedAndValid() throws {
        let bytes = try JUnitWriter().render(Self.hostileRun())
        // Two 100 KiB values, each quoted as its first 4,096 bytes (`Excerpt`): the report stays small.
        #expect(bytes.count < 60_000)
        #expect(SchemaValidator.validate(xml: bytes, schemaPath: PackageFiles.junitSchema) == [])
    }

    @Test func evidenceStaysVisibleAndExact() throws {
        let run = Self.hostileRun()
        let suite = try #require(XMLTree.parse(JUnitWriter().render(run)).child("testsuite"))
        let cases = suite.children("testcase")

        let failure = try #require(cases[1].child("failure"))
        let findings = try #require({ if case .failed(let f) = run.suites[0].cases[1].outcome { f } else { nil } }())
        // Read back, the body is exactly the sanitised text: markup, `]]>`, tabs and CRs survive as they were.
        #expect(failure.text == XMLText.sanitize(JUnitWriter.failureBody(findings, at: RunFixtures.location(14))))
        for evidence in ["\\u{1B}[31mred", "\\u{0}", "\\u{8}", "\\u{1F}", "\\u{FFFE}\\u{FFFF}", "\u{7F}",
                         "]]> <tag attr=\"v\" x='y'> &amp; &", "🚀👩‍👩‍👧", "fo\u{FFFD}\u{FFFD}", "\t", "\r",
                         Excerpt.capped(Self.huge), "… (102400 bytes)"] {
            #expect(failure.text.contains(evidence), "body lost \(evidence.debugDescription.prefix(40))")
        }

        let message = try #require(failure.attributes["message"])
        #expect(message == XMLText.sanitize(XMLText.capped(FindingText.summary(findings[0]))))
        #expect(message.contains("\\u{1B}") && message.contains("\t") && message.contains("\n"))
        #expect(cases[3].child("skipped")?.attributes["message"]?.unicodeScalars.count == XMLText.defaultMessageLimit)
        #expect(cases[3].attributes["name"] == "name \\u{0} ]]> 🚀")

        let error = try #require(cases[2].child("error"))
        #expect(error.attributes["type"] == "transport\\u{7}")
        #expect(error.text.contains(XMLText.sanitize(Self.hostile + Self.repaired)))
        #expect(suite.child("system-out")?.text.contains("known deviation: [enum] $.C: " + XMLText.sanitize(Self.hostile)) == true)
        #expect(suite.attributes["hostname"] == "host\\u{0}\\u{1F}")
        #expect(suite.child("properties")?.children.map(\.attributes)[1] == ["name": "target", "value": XMLText.sanitize(Self.hostile)])
    }

    @Test func noForbiddenCharacterReachesTheBytes() throws {
        let bytes = try JUnitWriter().render(Self.hostileRun())
        let text = try #require(String(validating: bytes, as: UTF8.self), "the report is not valid UTF-8")
        #expect(!text.unicodeScalars.contains(where: XMLText.isForbidden))
        #expect(!text.contains("<![CDATA["))
    }
}
