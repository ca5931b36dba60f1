import Testing
@testable import APIConformCore

/// Malformed inputs give `file:line:col` diagnostics with a reason and a fix; the exact text is the contract.
@Suite struct LoaderDiagnosticsTests {
    @Test func unknownCaseKeySuggestsTheRightOne() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: a
                reqest: {MaxResults: 2}
            """
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics == [
            "cases/suites/broken.yaml:4:5: error: [unknown_key] unknown key 'reqest' in case; did you mean 'request'?",
        ])
    }

    @Test func unknownOperationSuggestsTheClosest() throws {
        let yaml = "operation: ice.ListMediaBasicInfo\ncases: []\n"
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics == [
            "cases/suites/broken.yaml:1:12: error: [unknown_operation] unknown operation 'ice.ListMediaBasicInfo'; did you mean 'ice.ListMediaBasicInfos'?",
        ])
    }

    @Test func wrongTypesNameWhatWasFound() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: a
                request: [MaxResults]
                expect: {status: "200", count: {$.MediaInfos: two}}
            """
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics == [
            "cases/suites/broken.yaml:4:14: error: [wrong_type] 'request' must be a mapping of parameter names to values, found a list; write the parameters as a mapping, e.g. request: {MaxResults: 2}",
            "cases/suites/broken.yaml:5:22: error: [wrong_type] 'status' must be an integer, found a string; write a whole number without quotes instead of '200'",
            "cases/suites/broken.yaml:5:51: error: [wrong_type] the count of $.MediaInfos must be an integer, found a string; write a whole number without quotes instead of 'two'",
        ])
    }

    @Test func badYAMLPointsAtTheFault() throws {
        let yaml = "operation: ice.ListMediaBasicInfos\ncases:\n  - name: a\n    request: {MaxResults: 2\n"
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics.count == 1)
        // The flow left open at the end of the file is reported where it opens.
        #expect(diagnostics.first?.hasPrefix("cases/suites/broken.yaml:4:14: error: [yaml_syntax] ") == true, "\(diagnostics)")
    }

    @Test func duplicateYAMLKeysAndDuplicateCaseNames() throws {
        let duplicateKey = "operation: ice.ListMediaBasicInfos\noperation: vod.BatchGetMediaInfos\ncases: []\n"
        #expect(try Fixtures.caseFileDiagnostics(duplicateKey).first?.contains("[duplicate_key] key 'operation' appears more than once") == true)
        let duplicateCase = """
            operation: ice.ListMediaBasicInfos
            cases:
              - {name: a}
              - {name: a}
            """
        let diagnostics = try Fixtures.caseFileDiagnostics(duplicateCase)
        #expect(diagnostics == [
            "cases/suites/broken.yaml:4:5: error: [duplicate_case] case 'a' is already defined at cases/suites/broken.yaml:3:5; case names must be unique in a file: CI keys history by them",
        ])
    }

    @Test func deviationsNeedAKnownRuleAndAReason() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: a
                deviations:
                  - {rule: time_fromat, reason: "the doc example"}
                  - {rule: paging}
            """
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics == [
            "cases/suites/broken.yaml:5:16: error: [unknown_rule] unknown rule 'time_fromat'; did you mean 'time_format'?",
            "cases/suites/broken.yaml:6:9: error: [missing_key] deviation needs 'reason'; add 'reason: …' to the deviation",
        ])
    }

    @Test func contractDanglingParameterAndUnknownRule() {
        let yaml = """
            operation: example.Op
            provider: huawei
            request:
              MaxResults: {type: integer, default: 10}
            response:
              fields:
                MediaInfos: {type: array, max_items: {param: MaxResult}}
            invariants:
              - {rule: sort_ordr, items: $.MediaInfos, key: CreateTime, direction: desc}
              - {rule: sort_order, items: $.MediaInfos, key: CreateTime, direction: {param: SortBy}}
            """
        #expect(Fixtures.contractDiagnostics(yaml) == [
            "cases/contracts/broken.yaml:9:12: error: [unknown_rule] unknown invariant rule 'sort_ordr'; did you mean 'sort_order'?",
            "cases/contracts/broken.yaml:10:5: error: [dangling_reference] parameter 'SortBy' is not declared in the request of example.Op; declare it under 'request:'",
            "cases/contracts/broken.yaml:7:42: error: [dangling_reference] parameter 'MaxResult' is not declared in the request of example.Op; did you mean 'MaxResults'?",
        ])
    }

    @Test func contractUnknownFieldKeyAndType() {
        let yaml = """
            operation: example.Op
            provider: alibab
            response:
              fields:
                Size: {type: int, numeric_strng: integer}
            """
        #expect(Fixtures.contractDiagnostics(yaml) == [
            "cases/contracts/broken.yaml:2:11: error: [unknown_value] unknown provider 'alibab'; did you mean 'alibaba'?",
            "cases/contracts/broken.yaml:5:23: error: [unknown_key] unknown key 'numeric_strng' in field 'Size'; did you mean 'numeric_string'?",
            "cases/contracts/broken.yaml:5:18: error: [unknown_value] unknown type 'int'; did you mean 'integer'?",
        ])
    }

    @Test func richRenderingShowsTheLineAndCaret() {
        let source = "operation: ice.ListMediaBasicInfos\ncases:\n  - name: a\n    reqest: {MaxResults: 2}\n"
        let diagnostic = Diagnostic("unknown_key", "unknown key 'reqest' in case", at: SourceLocation(file: "a.yaml", line: 4, column: 5), hint: "did you mean 'request'?")
        #expect(RichDiagnostic.render(diagnostic, source: source) == """
            a.yaml:4:5: error: [unknown_key] unknown key 'reqest' in case
              |
            4 |     reqest: {MaxResults: 2}
              |     ^
              = help: did you mean 'request'?
            """)
    }
}
