import Foundation
import Testing
@testable import APIConformCore

/// Each input limit gives its documented finding at the offending path, and a body within it stays quiet.
@Suite struct InputLimitTests {
    static let small = JSONLimits(maximumBodyBytes: 200, maximumDepth: 3, maximumKeysPerObject: 3, maximumStringBytes: 8)

    static func limitError(_ text: String) -> JSONParseError? {
        do {
            _ = try JSONReader(limits: small).parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (#"{"a": [{"b": [1]}]}"#, "json_depth", "$.a[0].b"),
        (#"{"a": [1, {"k1": 1, "k2": 2, "k3": 3, "k4": 4}]}"#, "json_keys_per_object", "$.a[1]"),
        (#"{"a": {"b": "123456789"}}"#, "json_string_bytes", "$.a.b"),
        (#"{"a": {"123456789": 1}}"#, "json_string_bytes", "$.a"),
        (#"{"a": "\u00e9\u00e9\u00e9"}"#, "json_string_bytes", "$.a"),
        ("[" + String(repeating: "1,", count: 100) + "1]", "json_body_bytes", "$"),
    ])
    func eachLimitNamesItselfAndThePath(_ body: String, _ limit: String, _ path: String) throws {
        let error = try #require(Self.limitError(body))
        #expect(error.limit == limit, "\(error)")
        #expect(error.path.description == path)
    }

    @Test func bodiesAtTheLimitsParse() throws {
        let value = try JSONReader(limits: Self.small).parse(#"{"a": [{"k1": "12345678", "k2": 2, "k3": 3}]}"#)
        #expect(value["a"]?.arrayValue?.count == 1)
    }

    @Test func aSyntaxErrorIsNoLimitAndStaysAtTheRoot() throws {
        let error = try #require(Self.limitError(#"{"a": [1, }"#))
        #expect(error.limit == nil)
        #expect(error.path == .root)
    }

    @Test func theEvaluatorAnswersWithAnInputLimitFinding() throws {
        let evaluator = ContractEvaluator(contract: try Fixtures.contract("ice.ListMediaBasicInfos"))
        let deep = #"{"RequestId": "r", "MediaInfos": "# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        let findings = evaluator.checkResponse(status: 200, body: Array(deep.utf8), request: JSONObject(members: []))
        #expect(findings.map(\.rule) == ["input_limit"])
        #expect(findings.first?.path.description.hasPrefix("$.MediaInfos[0][0]") == true)
        #expect(findings.first?.message.contains("json_depth") == true)
        let oversized = InputLimitRule.oversizedBody()
        #expect(oversized.rule == "input_limit" && oversized.path == "$" && oversized.message.contains("json_body_bytes"))
    }

    @Test func theStandardLimitsAreTheDocumentedOnes() {
        #expect(JSONLimits.standard == JSONLimits(maximumBodyBytes: 67_108_864, maximumDepth: 512, maximumKeysPerObject: 1_000_000,
                                                   maximumStringBytes: 16_777_216))
        #expect(YAMLLimits.standard == YAMLLimits(maximumFileBytes: 8_388_608, maximumDepth: 64, maximumNodes: 1_000_000))
        #expect(Excerpt.maximumBytes == 4096)
    }

    @Test func findingsCapWhatTheyCarryFromABody() {
        let huge = String(repeating: "é", count: 5_000_000)
        let finding = Finding(rule: "type", path: "$.a", message: "'\(huge)' is not a number", actual: huge)
        let actual = finding.actual ?? ""
        #expect(actual.utf8.count < Excerpt.maximumBytes + 40)
        #expect(actual.hasSuffix("… (10000000 bytes)"))
        #expect(actual.hasPrefix("éé"))
        #expect(finding.message.utf8.count < Excerpt.maximumBytes + 40)
        #expect(Finding(rule: "type", path: "$.a", message: "short", actual: "short").actual == "short")
    }
}
