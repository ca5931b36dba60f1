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

    @Test func repeatedStatusesStayAnEnum() throws {
        #expect(try Self.profile(["Normal", "Invisible", "Normal", "Invisible", "H264.LD", "H264.LD"]).looksLikeEnum)
    }
}
