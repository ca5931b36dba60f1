import Testing
@testable import APIConformCore

/// Issue #12: `diff` must grade like `run`. Ids, tokens and URLs are never profiled as enum values,
/// however often a small set of them repeats (VOD `JobId`, `TemplateId`, `TemplateGroupId`).
@Suite struct DiffGradingTests {
    static func profile(_ values: [String]) throws -> FieldProfile {
        var profile = FieldProfile(path: try JSONPathPattern(parsing: "$.MediaInfos[*].PlayInfoList[*].JobId"), parent: nil, file: "a.http")
        for (index, value) in values.enumerated() { profile.observe(.string(value), response: index + 1, file: "a.http") }
        return profile
    }

    @Test func repeatedIdsAreNoEnum() throws {
        let ids = ["d76d24d89eb6677ba90e758e13188758", "80e9c6580e2f4bb4a1d8fd7a8b4c7d32"]
        #expect(!(try Self.profile(ids + ids + ids)).looksLikeEnum)
        #expect(!(try Self.profile(["8EqYpQbZ6Eh7Zz8DxVYoQ1abc", "8EqYpQbZ6Eh7Zz8DxVYoQ1abc"])).looksLikeEnum, "a token")
        #expect(!(try Self.profile(["https://a.example/x", "https://a.example/x"])).looksLikeEnum, "a URL")
    }

    /// Issue #12: Huawei pages of 11 at size 10 passed diff, which judged the cap at size's maximum (100).
    @Test func aPageOverItsRequestsSizeIsCapExceeded() throws {
        let contracts = try Fixtures.contracts()
        let old = try ProfileDiffTests.profile(PlantedRecordings.bundled.path, contracts: contracts)
        let planted = try PlantedRecordings()
        defer { planted.remove() }
        try planted.plant("huawei.ShowAssetMeta/recent-page-0.http", at: "$.asset_info_array") { list in
            list.arrayValue.map { .array($0 + [$0[0]]) }
        }
        let new = try ProfileDiffTests.profile(planted.directory.path, contracts: contracts)
        let changes = ProfileDiff(old: old, new: new, contracts: contracts).changes.filter { $0.operation == "huawei.ShowAssetMeta" }
        #expect(changes.map { "\($0.impact) \($0.fieldLabel) \($0.kind.name)" } == ["breaking $.asset_info_array cap_exceeded"],
                "\(changes.map { "\($0.impact) \($0.fieldLabel) \($0.kind.name): \($0.old) → \($0.new)" })")
        #expect(changes.first?.newExample?.hasSuffix("recent-page-0.http") == true)
    }

    @Test func repeatedStatusesStayAnEnum() throws {
        #expect(try Self.profile(["Normal", "Invisible", "Normal", "Invisible", "H264.LD", "H264.LD"]).looksLikeEnum)
    }
}
