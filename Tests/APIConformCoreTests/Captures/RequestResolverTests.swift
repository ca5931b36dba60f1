import Testing
@testable import APIConformCore

/// `${…}` in request values: captures (joined, or expanded into a repeated parameter), target
/// variables, the environment; an undefined one is an error naming where to define it.
@Suite struct RequestResolverTests {
    func testCase(_ request: JSONObject, captures: [Capture] = []) -> TestCase {
        let location = SourceLocation(file: "s.yaml", line: 3, column: 5)
        var testCase = TestCase(name: "c", summary: nil, operation: "huawei.ShowAssetMeta", request: request, recordingPath: "",
                                expectation: Expectation(location: location), deviations: [], tags: [], location: location)
        testCase.captures = captures
        return testCase
    }

    let listing = try! JSONReader().parse(Array(#"{"asset_info_array": [{"asset_id": "a1", "url": "vod://v1"}, {"asset_id": "a2", "url": "oss://x"}, {"asset_id": "a3", "url": "vod://v3"}]}"#.utf8))
    let source = CaseReference(operation: "huawei.ShowAssetMeta", name: "recent")

    func capture(_ name: String, _ path: String, take: Int? = nil, match: String? = nil, join: String = ",") throws -> Capture {
        Capture(name: name, source: source, path: try JSONPathPattern(parsing: path), take: take, match: match, join: join,
                location: SourceLocation(file: "s.yaml", line: 4, column: 7))
    }

    @Test func capturesJoinOrExpandAndVariablesComeFromTargetAndEnvironment() throws {
        let request = JSONObject(members: [
            .init(key: "asset_id", value: .array([.string("${ids}"), .string("fixed")])),
            .init(key: "tags", value: .string("${ids}|${vod}")),
            .init(key: "category_id", value: .string("${vars.category}")),
            .init(key: "query_string", value: .string("${env.QUERY} $${literal}")),
            .init(key: "size", value: .number(JSONNumber(literal: "10"))),
        ])
        let captures = [try capture("ids", "$.asset_info_array[*].asset_id", take: 2), try capture("vod", "$.asset_info_array[*].url", match: "^vod://(.+)$", join: ";")]
        let resolver = RequestResolver(variables: RunVariables(vars: ["category": "100"], environment: ["QUERY": "入职"]))
        let resolved = try resolver.resolve(testCase(request, captures: captures), sources: [source: .body(listing)]).get()
        #expect(resolved.request["asset_id"] == .array([.string("a1"), .string("a2"), .string("fixed")]))
        #expect(resolved.request["tags"] == .string("a1,a2|v1;v3"))
        #expect(resolved.request["category_id"] == .string("100"))
        #expect(resolved.request["query_string"] == .string("入职 ${literal}"))
        #expect(resolved.request["size"] == .number(JSONNumber(literal: "10")))
    }

    @Test func anUndefinedVariableIsAnErrorSayingWhereToDefineIt() throws {
        let resolver = RequestResolver(variables: RunVariables(vars: [:], environment: [:]))
        let failure = try #require(resolver.resolve(testCase(JSONObject(members: [.init(key: "category_id", value: .string("${vars.category}"))])), sources: [:]).failure)
        #expect(failure.kind == "variable")
        #expect(failure.message == "${vars.category} is not defined for this target")
        #expect(failure.details.contains("vars: {category: …}"))
        let env = try #require(resolver.resolve(testCase(JSONObject(members: [.init(key: "tags", value: .string("${env.TAGS}"))])), sources: [:]).failure)
        #expect(env.message == "${env.TAGS} is not set in the environment")
    }

    @Test func aSourceThatAnsweredAnErrorGivesNoValue() throws {
        let request = JSONObject(members: [.init(key: "asset_id", value: .array([.string("${ids}")]))])
        let unavailable = SourceResponse(Exchange(status: 403, headers: [], body: []), outcome: .passed)
        let failure = try #require(RequestResolver().resolve(testCase(request, captures: [try capture("ids", "$.asset_info_array[*].asset_id")]),
                                                             sources: [source: unavailable]).failure)
        #expect(failure.message == "capture ids from recent: no value at $.asset_info_array[*].asset_id: the source answered status 403")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
