import APIConformCore
import APIConformLive
import APIConformStandIn
import Testing

/// The one-scan redactor writes what the pass-per-pattern redactor it replaced wrote, and a live run
/// hands the rules the body as it came, redacting only what its result quotes.
@Suite struct RedactorSinglePassTests {
    /// The redactor as it was: a full copy of the body per secret and per parameter name, in order.
    enum MultiPass {
        static func bytes(_ input: [UInt8], secrets: [String]) -> [UInt8] {
            var output = input
            for secret in secrets.filter({ $0.count >= 4 }).sorted(by: { $0.count > $1.count }) {
                output = replacing(Array(secret.utf8), with: Array(Redactor.placeholder.utf8), in: output)
            }
            for name in Redactor.urlParameters { output = redactingParameter(name, in: output) }
            return output
        }

        static func replacing(_ needle: [UInt8], with replacement: [UInt8], in haystack: [UInt8]) -> [UInt8] {
            guard !needle.isEmpty, haystack.count >= needle.count else { return haystack }
            var result: [UInt8] = []
            var index = 0
            while index < haystack.count {
                if haystack[index] == needle[0], index + needle.count <= haystack.count, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                    result += replacement
                    index += needle.count
                } else {
                    result.append(haystack[index])
                    index += 1
                }
            }
            return result
        }

        static func redactingParameter(_ name: String, in bytes: [UInt8]) -> [UInt8] {
            let key = Array((name + "=").utf8)
            let escaped = Array("\\u0026".utf8)
            let delimiters: Set<UInt8> = [UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: "'"), 0x0A, 0x0D, UInt8(ascii: "<")]
            var result: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let precededByDelimiter = index > 0 && (bytes[index - 1] == UInt8(ascii: "?") || bytes[index - 1] == UInt8(ascii: "&")
                    || (index >= 6 && bytes[(index - 6)..<index].elementsEqual(escaped)))
                if precededByDelimiter, index + key.count <= bytes.count, bytes[index..<(index + key.count)].elementsEqual(key) {
                    result += key
                    index += key.count
                    var end = index
                    while end < bytes.count, !delimiters.contains(bytes[end]) { end += 1 }
                    if end > index { result += Array("REDACTED".utf8) }
                    index = end
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            return result
        }
    }

    // Overlapping on purpose: one secret inside another, two that share an edge, one a prefix of another.
    static let secrets = ["LTAI5tEvalAccessKeyId", "EvalAccess", "KeyIdTail99", "evalTestSecret/with+Special=Chars01", "CAISsts-token-value", "CAISsts"]

    static let corpus = [
        #"{"CoverURL": "http://b.oss-cn-shanghai.aliyuncs.com/a.png?Expires=1700000000&OSSAccessKeyId=STS.NUxyz&Signature=k%2Fq%3D&security-token=CAISabc"}"#,
        #"{"u": "https://x/y?a=1\u0026Signature=secret\u0026b=2", "v": "https://x/?auth_key=1-0-0-f\u0026x-auth-token=MII"}"#,
        "LTAI5tEvalAccessKeyIdTail99 and LTAI5tEvalAccessKeyId and EvalAccess and KeyIdTail99",
        "?Signature=LTAI5tEvalAccessKeyId&Expires=CAISsts-token-value-and-more&OSSAccessKeyId=abcEvalAccessdef",
        "?Expires=a?Signature=b&x=?Signature=c?Expires=d",
        "xxLTAI5tEvalAccessKeyIdKeyIdTail99?Signature=",
        "?Expires=&OSSAccessKeyId=&Signature=&security-token=",
        "CAISstsCAISsts-token-valueCAISsts-token-value",
        "Signature=kept outside URLs, &Signature=gone, \\u0026Expires=1, u0026Expires=2",
        "\u{1}\u{0}?auth_key=\u{FF}x#frag",
        "evalTestSecret/with+Special=Chars01?Signature=1",
        "",
    ]

    @Test func theOneScanWritesWhatThePassesWrote() {
        let redactor = Redactor(secrets: Self.secrets)
        for text in Self.corpus {
            let input = Array(text.utf8)
            #expect(redactor.bytes(input) == MultiPass.bytes(input, secrets: Self.secrets), "\(text)")
        }
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("LTAI5tEvalAccessKeyId".utf8) + [0x00, 0x3F] + Array("Signature=\u{7F}".utf8) + [0xC3]
        #expect(redactor.bytes(bytes) == MultiPass.bytes(bytes, secrets: Self.secrets))
    }

    /// Seeded random texts built from the pieces the patterns are made of, so they collide often.
    @Test func theOneScanWritesWhatThePassesWroteOnRandomMixtures() {
        let redactor = Redactor(secrets: Self.secrets)
        let pieces = ["?", "&", "\\u0026", "=", "\"", " ", "#", "<", "LTAI5tEval", "AccessKeyId", "EvalAccess", "KeyIdTail99", "CAISsts", "-token-value",
                      "Signature=", "Expires=", "OSSAccessKeyId=", "auth_key=", "x-auth-token=", "security-token=", "abc", "1", "\n"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            let text = (0..<(next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
            let input = Array(text.utf8)
            #expect(redactor.bytes(input) == MultiPass.bytes(input, secrets: Self.secrets), "\(text)")
        }
    }

    @Test func aBodyWithNothingToRedactIsReturnedUncopied() {
        let redactor = Redactor(secrets: Self.secrets)
        let body = Array(#"{"RequestId": "r", "Title": "no secrets, no signed URLs: Signature=kept"}"#.utf8)
        let redacted = redactor.bytes(body)
        #expect(redacted == body)
        #expect(redacted.withUnsafeBufferPointer { $0.baseAddress } == body.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func aSecretCutShortByAnExcerptIsRedactedToo() {
        let redactor = Redactor(secrets: Self.secrets)
        #expect(redactor.excerpt("\"key LTAI5tEvalAcc…") == "\"key <redacted>…")
        #expect(redactor.excerpt("id CAISsts-tok… (9000 bytes)") == "id <redacted>… (9000 bytes)")
        #expect(redactor.excerpt("a cut… with no secret") == "a cut… with no secret")
        #expect(redactor.excerpt("https://x/?Signature=abc… (5000 bytes)") == "https://x/?Signature=REDACTED (5000 bytes)")
    }

    /// Structural: the live transport hands back the bytes the server sent (a redaction would have
    /// changed them), and the case's result, on its way to the reports, quotes none of its secrets.
    @Test func aLiveRunRedactsWhatItsResultQuotesNotTheBody() async throws {
        let fixtures = try LiveFixtures()
        var index = RecordingIndex()
        let contract = try #require(fixtures.contracts.first { $0.operation == "ice.ListMediaBasicInfos" })
        let body = #"{"RequestId": "r", "TotalCount": 0, "MediaInfos": [], "CoverURL": "https://b.x/c?OSSAccessKeyId=STS.secretish&Signature=abc%3D", "Echo": "LTAI5tTestAccessKeyId0001"}"#
        index.add(Recording(method: "POST", target: "/", requestHeaders: [], status: 200, reason: "OK", responseHeaders: [], body: Array(body.utf8)),
                  operation: contract.operation, request: [("MaxResults", "1")])
        let verifier = ProviderSignatureVerifier([AlibabaStandIn(keys: [LiveFixtures.alibabaID: LiveFixtures.alibabaSecret])])
        let server = try await StandInServer.start(StandIn(contracts: fixtures.contracts, recordings: index, verifier: verifier))
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let testCase = TestCase(name: "c", summary: nil, operation: contract.operation, request: JSONObject(members: [.init(key: "MaxResults", value: .number(JSONNumber(literal: "1")))]),
                                recordingPath: "", expectation: Expectation(location: contract.location), deviations: [], tags: [], location: contract.location)
        let exchange = await live.exchange(for: testCase, contract: contract)
        let result = await CaseRunner(contract: contract, transport: live, policy: FindingPolicy(failingSeverities: [.violation])).run(testCase, suiteName: "s")
        await live.shutdown()
        await server.stop()
        #expect(try exchange.get().body == Array(body.utf8))
        let quoted = result.warnings.flatMap { [$0.message, $0.actual ?? "", $0.path.description] } + result.drift.map { $0.finding.actual ?? "" }
        #expect(quoted.contains { $0.contains("OSSAccessKeyId=REDACTED&Signature=REDACTED") }, "\(quoted)")
        #expect(quoted.contains { $0.contains("<redacted>") }, "\(quoted)")
        #expect(!quoted.contains { $0.contains("STS.secretish") || $0.contains(LiveFixtures.alibabaID) }, "\(quoted)")
    }
}
