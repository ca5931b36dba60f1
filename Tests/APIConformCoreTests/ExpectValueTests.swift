import Testing
@testable import APIConformCore

/// `expect:` value checks — `equals`, `matches`, `one_of` on body paths and `headers` — fire on the
/// value they name, stay quiet when it holds, and point at their own line of the case file.
@Suite struct ExpectValueTests {
    static let body = #"{"RequestId":"6B2C-11","TotalCount":3,"MediaInfos":[{"MediaId":"a1","MediaBasicInfo":{"Status":"Normal"}},{"MediaId":"b2","MediaBasicInfo":{"Status":"Prepare"}}]}"#

    func findings(_ expect: String, headers: [Recording.Header] = [Recording.Header(name: "Content-Type", value: "application/json;charset=utf-8")]) throws -> [Finding] {
        let yaml = "operation: ice.ListMediaBasicInfos\ncases:\n  - name: a\n    expect:\n" + expect.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") + "\n"
        let sink = DiagnosticSink()
        let file = try #require(CaseFileLoader(contracts: try Fixtures.contracts(), sink: sink).load(text: yaml, file: "s.yaml"))
        #expect(sink.isEmpty, "\(sink.diagnostics.map(\.description))")
        let testCase = try #require(file.cases.first)
        let check = ExpectationCheck(expectation: testCase.expectation, contract: try Fixtures.contract("ice.ListMediaBasicInfos"), request: testCase.request)
        let exchange = Exchange(status: 200, headers: headers, body: Array(Self.body.utf8))
        return check.check(exchange, body: try? JSONReader().parse(exchange.body))
    }

    @Test func holdingValuesStayQuiet() throws {
        let found = try findings("""
            equals: {"$.TotalCount": 3.0, "$.MediaInfos[0].MediaId": a1}
            matches: {"$.RequestId": "^[0-9A-F]+-[0-9]+$", "$.MediaInfos[*].MediaId": "^[a-z][0-9]$"}
            one_of: {"$.MediaInfos[*].MediaBasicInfo.Status": [Normal, Prepare]}
            headers: {content-type: {matches: "^application/json"}}
            """)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func eachCheckFiresAtItsOwnLine() throws {
        let found = try findings("""
            equals: {"$.TotalCount": "3"}
            matches: {"$.MediaInfos[*].MediaId": "^a"}
            one_of: {"$.MediaInfos[*].MediaBasicInfo.Status": [Normal]}
            headers:
              Content-Type: {equals: text/xml}
              X-Request-Id: {matches: "."}
            """)
        let lines = found.map { "\($0.rule) \($0.path) line \($0.declaredAt?.line ?? 0): \($0.message)" }
        #expect(lines == [
            #"expect.headers $ line 9: header Content-Type is "application/json;charset=utf-8", the case expects "text/xml""#,
            "expect.headers $ line 10: no header X-Request-Id, the case expects matches /./",
            #"expect.equals $.TotalCount line 5: 3, the case expects "3""#,
            #"expect.matches $.MediaInfos[1].MediaId line 6: "b2", the case expects matches /^a/"#,
            #"expect.one_of $.MediaInfos[1].MediaBasicInfo.Status line 7: "Prepare", the case expects one of "Normal""#,
        ], "\(lines)")
    }

    @Test func anAbsentPathFailsRatherThanPassingVacuously() throws {
        let found = try findings(#"equals: {"$.MediaInfos[*].Nope": 1}"#)
        #expect(found.map(\.message) == ["absent, the case expects 1"])
    }

    @Test func aBadRegexIsALoadErrorAtItsValue() throws {
        let diagnostics = try Fixtures.caseFileDiagnostics("""
            operation: ice.ListMediaBasicInfos
            cases:
              - name: a
                expect:
                  matches: {"$.RequestId": "([a-z"}
                  one_of: {"$.TotalCount": 3}
                  headers: {Content-Type: {equal: x}}
            """)
        #expect(diagnostics == [
            #"cases/suites/broken.yaml:5:32: error: [invalid_pattern] expect.matches $.RequestId: '([a-z' is not a regular expression; write an ICU regular expression, e.g. "^[0-9a-f]{32}$"; a literal ( [ or . takes a backslash before it"#,
            "cases/suites/broken.yaml:6:32: error: [wrong_type] expect.one_of $.TotalCount must be a non-empty list of values, found an integer; e.g. [Normal, Prepare]",
            "cases/suites/broken.yaml:7:32: error: [unknown_key] unknown key 'equal' in 'expect.headers Content-Type'; did you mean 'equals'?",
        ], "\(diagnostics)")
    }

    @Test func everyExpectFindingIsInTheCatalog() {
        let keys = CaseFindingKey.allCases.map(\.key)
        let path = try! JSONPathPattern(parsing: "$.X")
        for test in [ValueExpectation.Test.equals(.null), .matches("x"), .oneOf([.null])] {
            for subject in [ValueExpectation.Subject.body(path), .header("X")] {
                let rule = ValueExpectation(subject: subject, test: test, location: SourceLocation(file: "f", line: 1, column: 1)).rule
                #expect(keys.contains(rule), "\(rule)")
            }
        }
    }
}
