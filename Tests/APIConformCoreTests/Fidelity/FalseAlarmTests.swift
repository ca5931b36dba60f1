import Foundation
import Testing
@testable import APIConformCore

/// Issue #12's false alarms and grading bug, each reproduced as the issue reports it.
@Suite struct FalseAlarmTests {
    /// The status-200 example of the Huawei doc, as recorded verbatim.
    static func huaweiDocBody() throws -> JSONValue {
        try RecordedBody.body(of: "huawei.ShowAssetMeta/doc-example.http")
    }

    static func findings(_ operation: String, body: JSONValue, request: String = "{}", requestKnown: Bool = true) throws -> [Finding] {
        let contract = try Fixtures.contract(operation)
        let request = try #require(try JSONReader().parse(request).objectValue)
        let evaluator = ContractEvaluator(contract: contract, requestKnown: requestKnown)
        return evaluator.evaluate(Exchange(status: 200, headers: [], body: JSONWriter().bytes(body)), request: request).findings
    }

    /// The doc's own example returns `category_id: -1` for "Other": no finding, of any severity.
    @Test func huaweiCategoryMinusOneIsNotFlagged() throws {
        let body = try Self.huaweiDocBody()
        #expect(JSONPath([.key("asset_info_array"), .index(0), .key("base_info"), .key("category_id")]).value(in: body) == .number(JSONNumber(literal: "-1")))
        let findings = try Self.findings("huawei.ShowAssetMeta", body: body, request: #"{"asset_id": ["652c1e4085afeb22fdc256c6757d751b"]}"#)
        #expect(!findings.contains { $0.path.description.hasSuffix("category_id") }, "\(findings.map(\.summaryLine))")
    }

    /// The doc's example as a whole — HLS index entry with duration, width and hight 0 included —
    /// conforms: not one finding, of any severity.
    @Test func theHuaweiDocExampleConformsWhole() throws {
        let findings = try Self.findings("huawei.ShowAssetMeta", body: try Self.huaweiDocBody(), request: #"{"asset_id": ["652c1e4085afeb22fdc256c6757d751b"]}"#)
        #expect(findings.isEmpty, "\(findings.map(\.summaryLine))")
    }

    /// page and size are "invalid when asset_id is specified": seven assets for seven ids at size 5 conform.
    @Test func huaweiSizeIsIgnoredWhenAssetIdIsGiven() throws {
        let ids = (1...7).map { String(repeating: String($0), count: 32) }
        let asset = try #require(JSONPath([.key("asset_info_array"), .index(0)]).value(in: try Self.huaweiDocBody()))
        let items = ids.map { asset.replacing(JSONPath([.key("asset_id")]), with: .string($0)) }
        let body = try JSONReader().parse(#"{"asset_info_array":[],"is_truncated":0,"total":7}"#).replacing(JSONPath([.key("asset_info_array")]), with: .array(items))
        let request = #"{"asset_id": [\#(ids.map { "\"\($0)\"" }.joined(separator: ","))], "size": 5}"#
        let quiet = try Self.findings("huawei.ShowAssetMeta", body: body, request: request)
        #expect(!quiet.contains { $0.rule == ListCapRule.key }, "\(quiet.map(\.summaryLine))")
        // Without asset_id, size caps the page again.
        let loud = try Self.findings("huawei.ShowAssetMeta", body: body, request: #"{"size": 5}"#)
        #expect(loud.contains { $0.rule == ListCapRule.key && $0.path == "$.asset_info_array" }, "\(loud.map(\.summaryLine))")
    }

    /// `severity: suspicious` on `total` (for its 20,000 ceiling) must not soften its type rule:
    /// a string total is breaking drift, which fails, as `diff` grades it.
    @Test func fieldSeverityDoesNotDowngradeTheTypeRule() throws {
        let body = try JSONReader().parse(#"{"asset_info_array":[],"is_truncated":0,"total":"0"}"#)
        let findings = try Self.findings("huawei.ShowAssetMeta", body: body)
        let typed = try #require(findings.first { $0.rule == TypeRule.key && $0.path == "$.total" }, "\(findings.map(\.summaryLine))")
        #expect(typed.severity == .violation && typed.drift == .typeChange)
        #expect(FindingPolicy().judge(typed, operation: "huawei.ShowAssetMeta", source: "test").0 == .fails)
        // The judgement the severity was written for stays suspicious.
        let high = try Self.findings("huawei.ShowAssetMeta", body: try JSONReader().parse(#"{"asset_info_array":[],"is_truncated":0,"total":20001}"#))
        #expect(high.filter { $0.path == "$.total" }.map { "\($0.rule) \($0.severity)" } == ["range suspicious"], "\(high.map(\.summaryLine))")
    }

    /// A named severity still reaches a shape rule: `severity: {type: drift}` is what the user wrote.
    @Test func aNamedSeverityReachesTheTypeRule() throws {
        let sink = DiagnosticSink()
        let contract = try #require(ContractLoader(sink: sink).load(text: """
            operation: example.Operation
            provider: huawei
            response: {fields: {total: {type: integer, maximum: 10, severity: {type: suspicious}}}}
            """, file: "example.yaml"))
        let findings = ContractEvaluator(contract: contract).checkResponse(status: 200, body: try JSONReader().parse(#"{"total": "0"}"#), request: JSONObject(members: []))
        #expect(findings.map { "\($0.rule) \($0.severity)" } == ["type suspicious"])
    }

    /// Without the request, rules that read it do not run: an ascending body is no `sort_order` finding,
    /// and the evaluator names the rules it left out.
    @Test func requestBoundRulesDoNotRunWithoutTheRequest() throws {
        // The doc example's one item, preceded by an older copy of itself: ascending by CreateTime.
        let body = try RecordedBody.body(of: "ice.ListMediaBasicInfos/doc-example.http")
        let item = try #require(body["MediaInfos"]?.arrayValue?.first)
        let older = item.replacing(JSONPath([.key("MediaId")]), with: .string("****0000older0000****"))
            .replacing(JSONPath([.key("MediaBasicInfo"), .key("MediaId")]), with: .string("****0000older0000****"))
            .replacing(JSONPath([.key("MediaBasicInfo"), .key("CreateTime")]), with: .string("2020-01-01T00:00:00Z"))
            .replacing(JSONPath([.key("MediaBasicInfo"), .key("ModifiedTime")]), with: .string("2020-01-01T00:00:00Z"))
        let ascending = body.replacing(JSONPath([.key("MediaInfos")]), with: .array([older, item]))
        let known = try Self.findings("ice.ListMediaBasicInfos", body: ascending, request: #"{"MaxResults": 2}"#)
        #expect(known.contains { $0.rule == SortOrderRule.key }, "with the request (default desc) the order is judged")
        let unknown = try Self.findings("ice.ListMediaBasicInfos", body: ascending, requestKnown: false)
        #expect(!unknown.contains { $0.rule == SortOrderRule.key || $0.rule == PagingRule.key || $0.rule == ListCapRule.key }, "\(unknown.map(\.summaryLine))")
        let skipped = ContractEvaluator(contract: try Fixtures.contract("ice.ListMediaBasicInfos"), requestKnown: false).requestBoundRules()
        #expect(skipped.contains { $0.rule == SortOrderRule.key && $0.parameters.contains("SortBy") })
        #expect(skipped.contains { $0.rule == ListCapRule.key && $0.path == "$.MediaInfos" })
    }
}

/// The JSON body of a bundled recording.
enum RecordedBody {
    static func body(of recording: String) throws -> JSONValue {
        let path = Fixtures.repositoryRoot.appendingPathComponent("cases/recordings/\(recording)").path
        let data = try #require(FileManager.default.contents(atPath: path))
        return try JSONReader().parse(try RecordingParser.parse([UInt8](data)).body)
    }
}

extension Finding {
    var summaryLine: String { "[\(rule)] \(side == .request ? "request:" : "")\(path) \(severity): \(message)" }
}
