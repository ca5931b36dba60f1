import Testing
@testable import APIConformCore

/// The one router `diff` and the stand-in share: each provider names its operation its own way.
@Suite struct RequestRouterTests {
    static func router() throws -> RequestRouter { RequestRouter(contracts: try Fixtures.contracts()) }

    @Test func anAlibabaActionHeaderOrParameterRoutesToItsContract() throws {
        let router = try Self.router()
        let acs3 = ProviderRequest(path: "/", headers: [("X-Acs-Action", "ListMediaBasicInfos"), ("x-acs-version", "2020-11-09")], parameters: [])
        #expect(router.route(acs3)?.operation == "ice.ListMediaBasicInfos")
        let rpc = ProviderRequest(path: "/", headers: [], parameters: [("Action", "BatchGetMediaInfos"), ("Version", "2017-03-21")])
        #expect(router.route(rpc)?.operation == "vod.BatchGetMediaInfos")
    }

    @Test func aHuaweiPathRoutesByItsTemplate() throws {
        let request = ProviderRequest(path: "/v1.0/0123456789abcdef/asset/info", headers: [], parameters: [("asset_id", "a")])
        #expect(try Self.router().route(request)?.operation == "huawei.ShowAssetMeta")
    }

    @Test func aRequestNamingNoOperationRoutesNowhere() throws {
        let router = try Self.router()
        #expect(router.route(ProviderRequest(path: "/", headers: [("x-acs-action", "DeleteVideo")], parameters: [])) == nil)
        #expect(router.route(ProviderRequest(path: "/v2/elsewhere", headers: [], parameters: [])) == nil)
    }

    @Test func theLoaderKnowsTheProvidersAndTheirRequiredHTTPKeys() {
        #expect(Providers.names == ["alibaba", "huawei"])
        #expect(Providers.named("alibaba")?.requiredHTTPKeys == ["action", "version"])
        #expect(Providers.named("aws") == nil)
    }

    @Test func anUnroutedRequestIsClaimedByTheProviderItsPathLooksLike() {
        #expect(Providers.claiming(path: "/v1.0/p/asset/unknown").name == "huawei")
        #expect(Providers.claiming(path: "/").name == "alibaba")
        #expect(Providers.claiming(path: "/elsewhere").name == "alibaba")
    }
}

/// A finding's typed path, as deviations, drift policies and the drift summary read it.
@Suite struct FindingPathTests {
    @Test func aPatternCoversTheValuesItSelectsAndTheSamePattern() throws {
        let pattern = try JSONPathPattern(parsing: "$.MediaInfos[*].MediaId")
        #expect(pattern.matches(FindingPath.value(JSONPath([.key("MediaInfos"), .index(3), .key("MediaId")]))))
        #expect(pattern.matches(FindingPath.pattern(try JSONPathPattern(parsing: "$.MediaInfos[*].MediaId"))))
        #expect(!pattern.matches(FindingPath.value(JSONPath([.key("MediaInfos"), .index(3), .key("Title")]))))
        #expect(!(try JSONPathPattern(parsing: "$.MediaInfos[0].MediaId")).matches(FindingPath.pattern(pattern)), "an index does not cover every item")
    }

    @Test func theFieldMakesEveryIndexAWildcard() throws {
        #expect(FindingPath.value(JSONPath([.key("a"), .index(3), .key("b.c")])).field == "$.a[*]['b.c']")
        #expect(FindingPath.pattern(try JSONPathPattern(parsing: "$.a[2][*].b")).field == "$.a[*][*].b")
        #expect(FindingPath.root.description == "$")
    }

    @Test func aRecordedPathReadsBackTyped() {
        #expect(FindingPath(reading: "$.MediaInfos[3].Title") == .value(JSONPath([.key("MediaInfos"), .index(3), .key("Title")])))
        guard case .pattern(let pattern) = FindingPath(reading: "$.MediaInfos[*]") else { Issue.record("a wildcard reads back as a pattern"); return }
        #expect(pattern.text == "$.MediaInfos[*]")
    }
}
