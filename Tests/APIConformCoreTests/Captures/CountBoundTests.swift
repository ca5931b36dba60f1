import Testing
@testable import APIConformCore

/// `count:` bounds tied to the request fire outside their bounds and stay quiet inside.
@Suite struct CountBoundTests {
    func findings(_ count: String, request: String, items: Int) throws -> [String] {
        let yaml = "operation: ice.BatchGetYikeAssetMediaInfos\ncases:\n  - name: a\n    request: \(request)\n    expect: {count: {$.MediaInfos: \(count)}}\n"
        let sink = DiagnosticSink()
        let contract = try Fixtures.contract("ice.BatchGetYikeAssetMediaInfos")
        let list = try Fixtures.contract("ice.ListMediaBasicInfos")
        let file = try #require(CaseFileLoader(contracts: [contract, list], sink: sink).load(text: yaml, file: "s.yaml"))
        #expect(sink.isEmpty, "\(sink.diagnostics)")
        let testCase = file.cases[0]
        let body = "{\"MediaInfos\": [" + Array(repeating: "{}", count: items).joined(separator: ",") + "]}"
        return ContractEvaluator(contract: contract).evaluate(Exchange(status: 200, headers: [], body: Array(body.utf8)), request: testCase.request,
                                                              expecting: testCase.expectation).expectations.map { "\($0.rule) \($0.message)" }
    }

    @Test func equalsItemsOfAParameterCountsDistinctIds() throws {
        #expect(try findings("{equals: items(MediaIds)}", request: "{MediaIds: \"a,b,a\"}", items: 2) == [])
        #expect(try findings("{equals: items(MediaIds)}", request: "{MediaIds: \"a,b,a\"}", items: 3) == ["expect.count 3 items, the case expects 2 (items(MediaIds))"])
    }

    @Test func minAndMaxFireOnlyOutside() throws {
        #expect(try findings("{min: 1, max: 3}", request: "{}", items: 1) == [])
        #expect(try findings("{min: 1, max: 3}", request: "{}", items: 3) == [])
        #expect(try findings("{min: 1, max: 3}", request: "{}", items: 0) == ["expect.count 0 items, the case expects at least 1"])
        #expect(try findings("{min: 1, max: 3}", request: "{}", items: 4) == ["expect.count 4 items, the case expects at most 3"])
        #expect(try findings("2", request: "{}", items: 1) == ["expect.count 1 items, the case expects 2"])
    }

    @Test func aParameterBoundUsesTheValueSentElseTheContractDefault() throws {
        // ListMediaBasicInfos: MaxResults defaults to 10.
        let yaml = "operation: ice.ListMediaBasicInfos\ncases:\n  - {name: a, expect: {count: {$.MediaInfos: {max: MaxResults}}}}\n  - {name: b, request: {MaxResults: 2}, expect: {count: {$.MediaInfos: {max: MaxResults}}}}\n"
        let sink = DiagnosticSink()
        let contract = try Fixtures.contract("ice.ListMediaBasicInfos")
        let file = try #require(CaseFileLoader(contracts: [contract], sink: sink).load(text: yaml, file: "s.yaml"))
        let body = Array(("{\"MediaInfos\": [" + Array(repeating: "{}", count: 3).joined(separator: ",") + "]}").utf8)
        let check = { (testCase: TestCase) in
            ContractEvaluator(contract: contract).evaluate(Exchange(status: 200, headers: [], body: body), request: testCase.request,
                                                          expecting: testCase.expectation).expectations.map(\.message)
        }
        #expect(check(file.cases[0]) == [])
        #expect(check(file.cases[1]) == ["3 items, the case expects at most 2 (MaxResults)"])
    }

    @Test func targetVariablesMergeOverTheFileWideOnes() throws {
        let yaml = """
            vars: {ids: "a,b", region_asset: x}
            targets:
              staging:
                endpoints: {"*": "https://example.com"}
                vars: {ids: "c,d"}
              other:
                endpoints: {"*": "https://example.com"}
                vars: {list: [1, 2]}
            """
        let sink = DiagnosticSink()
        let document = TargetsLoader(sink: sink).load(documentText: yaml, file: "targets.yaml")
        #expect(document.vars == ["ids": "a,b", "region_asset": "x"])
        #expect(document.targets.first { $0.name == "staging" }?.vars == ["ids": "c,d", "region_asset": "x"])
        #expect(sink.diagnostics.map(\.description) == [
            "targets.yaml:8:18: error: [wrong_type] variable 'list' must be a scalar (a comma list for several ids), found a list; e.g. list: \"id1,id2\"",
        ])
    }
}
