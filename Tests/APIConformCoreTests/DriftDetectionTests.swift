import Foundation
import Testing
@testable import APIConformCore

/// Plants one kind of drift at a time in a conforming bundled recording, replays it, and requires
/// exactly that drift at exactly that path, with the status the policy gives its impact.
@Suite struct DriftDetectionTests {
    enum Plant {
        case set(String, JSONValue?)
        case add(String, member: String, JSONValue)
        case repeatItem(String, times: Int)
    }

    /// Replays `caseName` of `operation` from a copy of its recording with `plant` applied.
    func replay(_ operation: String, _ caseName: String, plant: [Plant], policy: FindingPolicy = FindingPolicy()) async throws -> CaseResult {
        let contracts = try Fixtures.contracts()
        let sink = DiagnosticSink()
        let suitePath = Fixtures.repositoryRoot.appendingPathComponent("cases/suites/\(operation).yaml").path
        var file = try #require(CaseFileLoader(contracts: contracts, sink: sink).loadFile(suitePath))
        var testCase = try #require(file.cases.first { $0.name == caseName }?.pinnedToRecording())
        let recording = try RecordingParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: testCase.recordingPath))))
        var body = try JSONReader().parse(recording.body)
        for step in plant { body = try apply(step, to: body) }
        var planted = recording
        planted.body = JSONWriter().bytes(body)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        testCase.recordingPath = directory.appendingPathComponent("\(caseName).http").path
        try Data(planted.serialized()).write(to: URL(fileURLWithPath: testCase.recordingPath))
        file.cases = [testCase]
        let run = await SuiteRunner(contracts: contracts, transport: ReplayTransport(), concurrency: 1, policy: policy).run([file], startedAt: 0, hostname: "h")
        return try #require(run.suites.first?.cases.first)
    }

    func apply(_ plant: Plant, to body: JSONValue) throws -> JSONValue {
        switch plant {
        case .set(let path, let value):
            let at = try concrete(path)
            #expect(at.value(in: body) != nil, "the plant must hit an existing value at \(path)")
            return body.replacing(at, with: value)
        case .add(let path, let member, let value):
            let at = try concrete(path)
            var object = try #require(at.value(in: body)?.objectValue)
            object.members.append(.init(key: member, value: value))
            return body.replacing(at, with: .object(object))
        case .repeatItem(let path, let times):
            let at = try concrete(path)
            let items = try #require(at.value(in: body)?.arrayValue)
            return body.replacing(at, with: .array(Array(repeating: try #require(items.first), count: times)))
        }
    }

    func concrete(_ text: String) throws -> JSONPath {
        let pattern = try JSONPathPattern(parsing: text)
        return JSONPath(pattern.steps.map { step in
            switch step {
            case .key(let key): return .key(key)
            case .index(let index): return .index(index)
            case .wildcard: return .key("*")
            }
        })
    }

    func drift(_ result: CaseResult) -> [String] {
        result.drift.map { "\($0.kind.rawValue) \($0.finding.path) \($0.status.rawValue)" }
    }

    static let huaweiAsset = "$.asset_info_array[0]"

    struct Planted: Sendable, CustomTestStringConvertible {
        var operation: String
        var caseName: String
        var plant: [Plant]
        var expected: String
        var testDescription: String { expected }
    }

    static let plants: [Planted] = [
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.add("\(huaweiAsset).base_info", member: "review_state", .string("passed"))],
                expected: "new_field $.asset_info_array[0].base_info.review_state warn"),
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.set("\(huaweiAsset).base_info.meta_data.codec", .string("AV1"))],
                expected: "new_enum_value $.asset_info_array[0].base_info.meta_data.codec warn"),
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.set("\(huaweiAsset).status", .string("ARCHIVED"))],
                expected: "enum_outside_set $.asset_info_array[0].status fail"),
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.set("\(huaweiAsset).base_info.category_id", .string("100"))],
                expected: "type_change $.asset_info_array[0].base_info.category_id fail"),
        Planted(operation: "vod.BatchGetMediaInfos", caseName: "audio-only", plant: [.set("$.MediaInfos[0].MezzanineInfo.Duration", .number(JSONNumber(literal: "3722.8327")))],
                expected: "type_change $.MediaInfos[0].MezzanineInfo.Duration fail"),
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.set("\(huaweiAsset).base_info.create_time", .string("2026-02-26T03:18:46Z"))],
                expected: "time_format $.asset_info_array[0].base_info.create_time fail"),
        Planted(operation: "vod.BatchGetMediaInfos", caseName: "audio-only", plant: [.set("$.RequestId", nil)],
                expected: "missing_field $.RequestId fail"),
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.set("\(huaweiAsset).base_info.title", .null)],
                expected: "unexpected_null $.asset_info_array[0].base_info.title fail"),
        Planted(operation: "huawei.ShowAssetMeta", caseName: "single-asset", plant: [.repeatItem("\(huaweiAsset).base_info.subtitle_info", times: 3),
                                                                                        .repeatItem("$.asset_info_array", times: 11)],
                expected: "cap_exceeded $.asset_info_array fail"),
    ]

    @Test(arguments: plants)
    func eachKindIsFoundAtItsPathWithItsImpact(_ planted: Planted) async throws {
        let result = try await replay(planted.operation, planted.caseName, plant: planted.plant)
        #expect(drift(result) == [planted.expected])
        let failing = planted.expected.hasSuffix(" fail")
        if case .failed = result.outcome { #expect(failing, "additive drift must not fail the case: \(result.outcome)") } else { #expect(!failing, "breaking drift fails the case") }
    }

    @Test(arguments: [("huawei.ShowAssetMeta", "single-asset"), ("vod.BatchGetMediaInfos", "audio-only"), ("ice.ListMediaBasicInfos", "default-first-page")])
    func anUnchangedRecordingHasNoDrift(_ operation: String, _ caseName: String) async throws {
        let result = try await replay(operation, caseName, plant: [])
        #expect(result.drift.isEmpty)
        #expect(result.outcome == .passed)
    }

    @Test func policyCanFailAdditiveAndWarnAFieldsBreakingDrift() async throws {
        let strict = FindingPolicy(drift: DriftPolicy(additive: .fail))
        let added = try await replay("huawei.ShowAssetMeta", "single-asset", plant: [.add("\(Self.huaweiAsset).base_info", member: "review_state", .string("x"))], policy: strict)
        #expect(drift(added) == ["new_field $.asset_info_array[0].base_info.review_state fail"])
        let lenient = FindingPolicy(drift: DriftPolicy(fields: [.init(operation: "huawei.ShowAssetMeta", path: try JSONPathPattern(parsing: "$.asset_info_array[*].base_info.category_id"),
                                                                      action: .warn, location: SourceLocation(file: "t", line: 1, column: 1))]))
        let typed = try await replay("huawei.ShowAssetMeta", "single-asset", plant: [.set("\(Self.huaweiAsset).base_info.category_id", .string("100"))], policy: lenient)
        #expect(drift(typed) == ["type_change $.asset_info_array[0].base_info.category_id warn"])
        #expect(typed.outcome == .passed)
    }

    @Test func anAcceptanceHoldsUntilItsExpiryDayAndThenFailsAgain() async throws {
        let acceptance = DriftAcceptance(operation: "huawei.ShowAssetMeta", path: try JSONPathPattern(parsing: "$.asset_info_array[*].status"), kind: .enumOutsideSet,
                                         reason: "ARCHIVED ships with the cold-storage tier", expires: CalendarDay(parsing: "2026-12-31"),
                                         location: SourceLocation(file: "cases/accepted-drift.yaml", line: 2, column: 5))
        let plant: [Plant] = [.set("\(Self.huaweiAsset).status", .string("ARCHIVED"))]
        let onExpiryDay = try await replay("huawei.ShowAssetMeta", "single-asset", plant: plant,
                                           policy: FindingPolicy(acceptances: [acceptance], day: try #require(CalendarDay(parsing: "2026-12-31"))))
        #expect(drift(onExpiryDay) == ["enum_outside_set $.asset_info_array[0].status accepted"])
        #expect(onExpiryDay.outcome == .passed)
        let dayAfter = try await replay("huawei.ShowAssetMeta", "single-asset", plant: plant,
                                        policy: FindingPolicy(acceptances: [acceptance], day: try #require(CalendarDay(parsing: "2027-01-01"))))
        #expect(drift(dayAfter) == ["enum_outside_set $.asset_info_array[0].status expired"])
        guard case .failed = dayAfter.outcome else { Issue.record("an expired acceptance fails again: \(dayAfter.outcome)"); return }
        let otherKind = DriftAcceptance(operation: acceptance.operation, path: acceptance.path, kind: .typeChange, reason: "r", expires: nil, location: acceptance.location)
        let uncovered = try await replay("huawei.ShowAssetMeta", "single-asset", plant: plant, policy: FindingPolicy(acceptances: [otherKind]))
        #expect(drift(uncovered) == ["enum_outside_set $.asset_info_array[0].status fail"], "an acceptance covers only its kind")
    }

    @Test func theSummaryAggregatesByFieldAcrossResponses() async throws {
        let plant: [Plant] = [.set("$.asset_info_array[0].play_info_array[1].meta_data.codec", .string("AV1")),
                              .set("$.asset_info_array[0].play_info_array[2].meta_data.codec", .string("VP9")),
                              .set("$.asset_info_array[0].play_info_array[3].meta_data.codec", .string("AV1"))]
        let result = try await replay("huawei.ShowAssetMeta", "single-asset", plant: plant)
        let run = RunResult(suites: [SuiteResult(name: "s.yaml", file: "s.yaml", operation: "", target: "", mode: "", cases: [result, result])], startedAt: 0, hostname: "h")
        let summary = DriftSummary(run)
        #expect(summary.entries.count == 1)
        let entry = try #require(summary.entries.first)
        #expect(entry.field == "$.asset_info_array[*].play_info_array[*].meta_data.codec")
        #expect(entry.kind == .newEnumValue && entry.status == .warn)
        #expect(entry.count == 6)
        #expect(entry.examples == [#""AV1""#, #""VP9""#])
        #expect(entry.firstPath == "$.asset_info_array[0].play_info_array[1].meta_data.codec")
        #expect(entry.firstSource.hasSuffix("single-asset.http"))
        #expect(summary.responses == 2)
    }
}
