import Testing
@testable import APIConformCore

/// Issue #12: a configuration that can never report, and a parameter a case sends that the contract
/// does not declare, are load errors with file:line:col and a fix — not silence, not a stale recording.
@Suite struct NeverFiresLintTests {
    static let header = """
        operation: vod.GetVideoList
        provider: alibaba
        http: {method: POST, path: /, action: GetVideoList, version: "2017-03-21"}

        """

    @Test func aSortBoundToValuesThatAreNotAscOrDescNeedsAMapping() {
        let contract = Self.header + """
            request:
              SortBy: {type: string, enum: ["CreationTime:Desc", "CreationTime:Asc"], default: "CreationTime:Desc"}
            invariants:
              - {rule: sort_order, items: $.VideoList.Video, key: CreationTime, time_format: iso8601_utc, direction: {param: SortBy}}
            """
        let diagnostics = Fixtures.contractDiagnostics(contract)
        #expect(diagnostics.count == 3, "\(diagnostics)")
        #expect(diagnostics.first == "cases/contracts/broken.yaml:7:5: error: [never_fires] sort_order reads its direction from SortBy, but SortBy=CreationTime:Desc is neither asc nor desc, so the order is never judged for it; map it: directions: {\"CreationTime:Desc\": desc} (or asc)")
        let mapped = contract.replacingOccurrences(of: "direction: {param: SortBy}}", with: #"direction: {param: SortBy}, directions: {"CreationTime:Desc": desc, "CreationTime:Asc": asc}}"#)
        #expect(Fixtures.contractDiagnostics(mapped) == [])
    }

    @Test func aSeparatorUnderMatchEqualsIsNeverRead() {
        let contract = Self.header + """
            request: {Status: {type: string}}
            invariants:
              - {rule: filter_match, items: $.VideoList.Video, key: Status, param: Status, separator: ","}
            """
        #expect(Fixtures.contractDiagnostics(contract) == [
            #"cases/contracts/broken.yaml:6:91: error: [never_fires] 'separator' is read only under match: contains; for a parameter that lists several values write param_separator: ","; for an item value that is a list use match: contains"#,
        ])
    }

    @Test func anAlibabaRPCContractNeedsActionAndVersion() {
        #expect(Fixtures.contractDiagnostics("operation: vod.GetVideoList\nprovider: alibaba\nhttp: {method: POST, path: /}\n") == [
            #"cases/contracts/broken.yaml:3:7: error: [missing_key] an alibaba RPC contract needs http.action and http.version: without them no request can be signed or routed; write http: {method: POST, path: /, action: GetVideoList, version: "YYYY-MM-DD"} as the doc's common parameters give them"#,
        ])
        #expect(Fixtures.contractDiagnostics(Self.header) == [])
    }

    @Test func aCaseParameterTheContractDoesNotDeclareIsALintError() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: typo
                request: {MaxResult: 8}
            """
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics.contains("cases/suites/broken.yaml:4:15: error: [unknown_parameter] ice.ListMediaBasicInfos declares no request parameter 'MaxResult'; did you mean 'MaxResults'?"), "\(diagnostics)")
    }
}
