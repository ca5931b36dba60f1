import Foundation
import Testing
@testable import APIConformCore

/// Issue #12's silent gaps: each change that went unflagged now has a finding at the broken path.
@Suite struct SilentGapTests {
    static func path(_ text: String) throws -> JSONPath {
        let pattern = try JSONPathPattern(parsing: text)
        return pattern.memberPath
    }

    static func broken(_ recording: String, _ path: String, _ value: JSONValue?) throws -> JSONValue {
        try RecordedBody.body(of: recording).replacing(try Self.path(path), with: value)
    }

    static func rulesAt(_ operation: String, body: JSONValue, request: String, path: String) throws -> [String] {
        try FalseAlarmTests.findings(operation, body: body, request: request).filter { $0.path.description == path }.map(\.rule)
    }

    static let huaweiRequest = #"{"asset_id": ["652c1e4085afeb22fdc256c6757d751b"]}"#

    @Test(arguments: ["$.total", "$.is_truncated"])
    func huaweiPagingFieldsAreRequired(_ path: String) throws {
        let body = try Self.broken("huawei.ShowAssetMeta/doc-example.http", path, nil)
        #expect(try Self.rulesAt("huawei.ShowAssetMeta", body: body, request: Self.huaweiRequest, path: path) == ["presence"])
    }

    @Test func huaweiAssetIdIsRequiredButForUncreatedAssets() throws {
        let body = try Self.broken("huawei.ShowAssetMeta/doc-example.http", "$.asset_info_array[0].asset_id", nil)
        #expect(try Self.rulesAt("huawei.ShowAssetMeta", body: body, request: "{}", path: "$.asset_info_array[0].asset_id") == ["conditional_presence"])
        let uncreated = body.replacing(try Self.path("$.asset_info_array[0].status"), with: .string("UNCREATED"))
        #expect(try FalseAlarmTests.findings("huawei.ShowAssetMeta", body: uncreated).filter { $0.path.description.hasPrefix("$.asset_info_array[0].asset_id") }.isEmpty)
    }

    @Test func iceMediaBasicInfoMediaIdIsRequired() throws {
        let path = "$.MediaInfos[0].MediaBasicInfo.MediaId"
        let body = try Self.broken("ice.ListMediaBasicInfos/doc-example.http", path, nil)
        #expect(try Self.rulesAt("ice.ListMediaBasicInfos", body: body, request: #"{"MaxResults": 2}"#, path: path).contains("presence"))
    }

    /// A first page that holds all of TotalCount, below MaxResults, has no next page to point to.
    @Test func aCompleteFirstPageWithANextTokenIsFlagged() throws {
        let body = try Self.broken("ice.ListMediaBasicInfos/doc-example.http", "$.TotalCount", .number(JSONNumber(literal: "1")))
        let findings = try FalseAlarmTests.findings("ice.ListMediaBasicInfos", body: body, request: #"{"MaxResults": 2}"#)
        #expect(findings.contains { $0.rule == PagingRule.key && $0.path == "$.NextToken" && $0.severity == .violation }, "\(findings.map(\.summaryLine))")
    }

    @Test(arguments: ["0", "-2"])
    func pixelDimensionsAsNumericStringsArePositive(_ value: String) throws {
        let path = "$.MediaInfos[0].FileInfoList[0].FileBasicInfo.Width"
        let body = try RecordedBody.body(of: "ice.ListMediaBasicInfos/doc-example.http")
        #expect(try Self.path(path).value(in: body) != nil, "the doc example has a Width at \(path)")
        let broken = body.replacing(try Self.path(path), with: .string(value))
        #expect(try Self.rulesAt("ice.ListMediaBasicInfos", body: broken, request: #"{"MaxResults": 2}"#, path: path) == ["range"])
    }

    @Test func anEmptyMediaIdsFailsVODsRequired() throws {
        let contract = try Fixtures.contract("vod.BatchGetMediaInfos")
        let findings = ContractEvaluator(contract: contract).checkRequest(try #require(try JSONReader().parse(#"{"MediaIds": ""}"#).objectValue))
        #expect(findings.map { "\($0.rule) \($0.path)" } == ["presence $.MediaIds"], "\(findings.map(\.summaryLine))")
    }
}
