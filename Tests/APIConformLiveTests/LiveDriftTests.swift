import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// Every kind of drift, planted in what the loopback stand-in answers, reaches live mode (signed
/// HTTP on 127.0.0.1) and is found at its path with the status its impact gives, named by the target.
@Suite struct LiveDriftTests {
    /// A change to a bundled recording's body at a concrete path.
    enum Plant {
        case set(JSONPath, JSONValue?)
        case add(JSONPath, member: String, JSONValue)
        case appendCopyOfFirst(JSONPath)
    }

    /// The bundled recording of `caseName` with `plants` applied to its body.
    func planted(_ fixtures: LiveFixtures, _ operation: String, _ caseName: String, _ plants: [Plant]) throws -> (TestCase, Recording) {
        let file = try #require(fixtures.caseFiles.first { $0.operation == operation })
        let testCase = try #require(file.cases.first { $0.name == caseName }?.pinnedToRecording())
        var recording = try RecordingParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: testCase.recordingPath))))
        var body = try JSONReader().parse(recording.body)
        for plant in plants {
            switch plant {
            case .set(let path, let value):
                #expect(path.value(in: body) != nil, "the plant must hit \(path)")
                body = body.replacing(path, with: value)
            case .add(let path, let member, let value):
                var object = try #require(path.value(in: body)?.objectValue)
                object.members.append(.init(key: member, value: value))
                body = body.replacing(path, with: .object(object))
            case .appendCopyOfFirst(let path):
                let items = try #require(path.value(in: body)?.arrayValue)
                body = body.replacing(path, with: .array(items + [try #require(items.first)]))
            }
        }
        recording.body = JSONWriter().bytes(body)
        return (testCase, recording)
    }

    static func path(_ components: JSONPath.Component...) -> JSONPath { JSONPath(components) }

    @Test func everyKindOfDriftInLiveResponsesIsFoundAndJudged() async throws {
        let fixtures = try LiveFixtures()
        let asset = Self.path(.key("asset_info_array"), .index(0))
        let base = asset.appending("base_info")
        let single = try planted(fixtures, "huawei.ShowAssetMeta", "single-asset", [
            .add(base, member: "review_state", .string("passed")),
            .set(base.appending("meta_data").appending("codec"), .string("AV1")),
            .set(asset.appending("status"), .string("ARCHIVED")),
            .set(base.appending("create_time"), .string("2026-02-26T03:18:46Z")),
            .set(base.appending("title"), .null),
            .set(base.appending("meta_data").appending("duration"), .string("3532")),
        ])
        let batch = try planted(fixtures, "huawei.ShowAssetMeta", "batch-of-10", [.appendCopyOfFirst(Self.path(.key("asset_info_array")))])
        let vod = try planted(fixtures, "vod.BatchGetMediaInfos", "audio-only", [
            .set(Self.path(.key("RequestId")), nil),
            .set(Self.path(.key("MediaInfos"), .index(0), .key("MezzanineInfo"), .key("Duration")), .number(JSONNumber(literal: "3722.8327"))),
        ])
        var index = RecordingIndex()
        for (operation, (testCase, recording)) in [("huawei.ShowAssetMeta", single), ("huawei.ShowAssetMeta", batch), ("vod.BatchGetMediaInfos", vod)] {
            index.add(recording, operation: operation, request: QueryString.items(of: testCase.request))
        }
        let standIn = StandIn(contracts: fixtures.contracts, recordings: index, verifier: LiveFixtures.verifier)
        let server = try await StandInServer.start(standIn)
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let wanted = ["single-asset", "batch-of-10", "audio-only"]
        let files = fixtures.caseFiles.filter { ["huawei.ShowAssetMeta", "vod.BatchGetMediaInfos"].contains($0.operation) }.map { file in
            var copy = file
            copy.cases = file.cases.filter { wanted.contains($0.name) }.compactMap { $0.pinnedToRecording() }
            return copy
        }
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 2).run(files, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()

        let drift = run.suites.flatMap(\.cases).flatMap(\.drift).map { "\($0.kind.rawValue) \($0.finding.path) \($0.status.rawValue) \($0.source)" }
        #expect(drift.sorted() == [
            "cap_exceeded $.asset_info_array fail live stand-in",
            "enum_outside_set $.asset_info_array[0].status fail live stand-in",
            "missing_field $.RequestId fail live stand-in",
            "new_enum_value $.asset_info_array[0].base_info.meta_data.codec warn live stand-in",
            "new_field $.asset_info_array[0].base_info.review_state warn live stand-in",
            "time_format $.asset_info_array[0].base_info.create_time fail live stand-in",
            "type_change $.MediaInfos[0].MezzanineInfo.Duration fail live stand-in",
            "type_change $.asset_info_array[0].base_info.meta_data.duration fail live stand-in",
            "unexpected_null $.asset_info_array[0].base_info.title fail live stand-in",
        ])
        #expect(Set(run.suites.flatMap(\.cases).flatMap(\.drift).map(\.kind)) == Set(DriftKind.allCases), "every kind, live")
    }
}
