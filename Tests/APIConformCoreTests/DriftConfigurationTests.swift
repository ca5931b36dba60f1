import Testing
@testable import APIConformCore

/// `cases/accepted-drift.yaml` and the `drift:` policy of `cases/targets.yaml`: read right, and
/// every mistake named at its file:line:col with the fix.
@Suite struct DriftConfigurationTests {
    static let operations = ["ice.ListMediaBasicInfos", "vod.BatchGetMediaInfos"]

    func acceptances(_ yaml: String) -> ([DriftAcceptance], [String]) {
        let sink = DiagnosticSink()
        let loaded = DriftAcceptanceLoader(sink: sink, operations: Self.operations).load(text: yaml, file: "cases/accepted-drift.yaml")
        return (loaded, sink.diagnostics.map(\.description))
    }

    @Test func readsAnAcceptance() throws {
        let (loaded, diagnostics) = acceptances("""
            accepted:
              - operation: vod.BatchGetMediaInfos
                path: $.MediaInfos[*].MezzanineInfo.Duration
                kind: type_change
                reason: VOD sends Duration as a number since 2026-10; our client copes
                expires: 2027-01-31
              - {operation: ice.ListMediaBasicInfos, path: "$.MediaInfos[*].MediaBasicInfo.Biz", reason: "a new field, fine"}
            """)
        #expect(diagnostics == [])
        let first = try #require(loaded.first)
        #expect(first.kind == .typeChange && first.expires == CalendarDay(parsing: "2027-01-31"))
        #expect(first.covers(.typeChange, operation: "vod.BatchGetMediaInfos", path: "$.MediaInfos[7].MezzanineInfo.Duration"))
        #expect(!first.covers(.typeChange, operation: "vod.BatchGetMediaInfos", path: "$.MediaInfos[7].MezzanineInfo.Size"))
        #expect(!first.covers(.timeFormat, operation: "vod.BatchGetMediaInfos", path: "$.MediaInfos[7].MezzanineInfo.Duration"))
        #expect(loaded.last?.kind == nil && loaded.last?.expires == nil)
        #expect(loaded.last?.covers(.newField, operation: "ice.ListMediaBasicInfos", path: "$.MediaInfos[0].MediaBasicInfo.Biz") == true)
    }

    @Test func namesEveryMistake() {
        let (_, diagnostics) = acceptances("""
            accepted:
              - operation: vod.BatchGetMediaInfo
                path: $.MediaInfos[x]
                kind: type_chnage
                reason: " "
                expires: 2027-02-30
                until: 2027-01-01
              - {operation: vod.BatchGetMediaInfos, path: $.RequestId}
            """)
        #expect(diagnostics == [
            "cases/accepted-drift.yaml:7:5: error: [unknown_key] unknown key 'until' in accepted drift; allowed keys: operation, path, kind, reason, expires",
            "cases/accepted-drift.yaml:2:16: error: [unknown_operation] no contract for 'vod.BatchGetMediaInfo'; did you mean 'vod.BatchGetMediaInfos'?",
            "cases/accepted-drift.yaml:5:13: error: [missing_reason] accepted drift needs a reason; say why the change is fine and who decided",
            "cases/accepted-drift.yaml:4:11: error: [unknown_value] unknown drift kind 'type_chnage'; did you mean 'type_change'?",
            "cases/accepted-drift.yaml:6:14: error: [invalid_date] '2027-02-30' is not a calendar day; write it as YYYY-MM-DD, e.g. 2027-01-31",
            "cases/accepted-drift.yaml:3:11: error: [invalid_path] '$.MediaInfos[x]' is not a JSONPath: '[x]' is not [*], [N] or ['name']; write it like $.MediaInfos[*].MediaId",
            "cases/accepted-drift.yaml:8:5: error: [missing_key] accepted drift needs 'reason'; add 'reason: …' to the accepted drift",
        ])
    }

    @Test func expiryHoldsThroughItsDay() throws {
        let acceptance = DriftAcceptance(operation: "o", path: try JSONPathPattern(parsing: "$.a"), kind: nil, reason: "r",
                                         expires: CalendarDay(parsing: "2026-11-23"), location: SourceLocation(file: "f", line: 1, column: 1))
        #expect(!acceptance.isExpired(on: try #require(CalendarDay(parsing: "2026-11-23"))))
        #expect(acceptance.isExpired(on: try #require(CalendarDay(parsing: "2026-11-24"))))
        let lastSecond = try #require(TimeFormat.iso8601UTC.seconds("2026-11-23T23:59:59Z"))
        #expect(CalendarDay(secondsSince1970: Double(lastSecond)) == CalendarDay(parsing: "2026-11-23"), "23:59:59Z is still the 23rd")
        #expect(CalendarDay(secondsSince1970: Double(lastSecond + 1)) == CalendarDay(parsing: "2026-11-24"))
        #expect(CalendarDay(parsing: "2026-11-23")?.description == "2026-11-23")
    }

    @Test func targetsCarryADriftPolicy() throws {
        let sink = DiagnosticSink()
        let document = TargetsLoader(sink: sink).load(documentText: """
            drift:
              additive: fail
              fields:
                - {path: "$.MediaInfos[*].MediaBasicInfo.Snapshots", kinds: [type_change], action: warn}
            targets:
              staging:
                endpoints: {ice: https://ice.cn-shanghai.aliyuncs.com}
                drift:
                  breaking: warn
                  fields:
                    - {operation: vod.BatchGetMediaInfos, path: "$.RequestId", action: fail}
              stand-in:
                endpoints: {"*": http://127.0.0.1:8787}
            """, file: "cases/targets.yaml")
        #expect(sink.diagnostics.map(\.description) == [])
        #expect(document.drift.additive == .fail && document.drift.breaking == .fail)
        let snapshots: FindingPath = "$.MediaInfos[0].MediaBasicInfo.Snapshots"
        #expect(document.drift.action(for: .typeChange, operation: "ice.ListMediaBasicInfos", path: snapshots) == .warn)
        #expect(document.drift.action(for: .unexpectedNull, operation: "ice.ListMediaBasicInfos", path: snapshots) == .fail, "the override names its kinds")
        let staging = try #require(document.targets.first { $0.name == "staging" })
        #expect(staging.drift.breaking == .warn && staging.drift.additive == .fail, "a target starts from the file's policy")
        #expect(staging.drift.action(for: .missingField, operation: "vod.BatchGetMediaInfos", path: "$.RequestId") == .fail, "its own field first")
        #expect(staging.drift.action(for: .typeChange, operation: "ice.ListMediaBasicInfos", path: snapshots) == .warn, "then the file's fields")
        #expect(document.targets.first { $0.name == "stand-in" }?.drift == document.drift)
    }

    @Test func aBadPolicyIsNamed() {
        let sink = DiagnosticSink()
        _ = TargetsLoader(sink: sink).load(documentText: """
            drift:
              breaking: fial
              fields:
                - {path: "$.a", kinds: [new_feild], action: warn}
                - {path: "$.b"}
            targets:
              t: {endpoints: {ice: "https://x"}}
            """, file: "cases/targets.yaml")
        #expect(sink.diagnostics.map(\.description) == [
            "cases/targets.yaml:2:13: error: [unknown_value] breaking must be fail or warn, not 'fial'; did you mean 'fail'?",
            "cases/targets.yaml:4:29: error: [unknown_value] unknown drift kind 'new_feild'; did you mean 'new_field'?",
            "cases/targets.yaml:5:7: error: [missing_key] drift field needs 'action'; add 'action: …' to the drift field",
        ])
    }
}
