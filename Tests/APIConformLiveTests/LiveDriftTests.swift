import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// Drift planted in what the loopback stand-in answers reaches live mode (signed HTTP on 127.0.0.1)
/// and is found at the right path with the right status, named by the live target.
@Suite struct LiveDriftTests {
    /// The bundled recording of `caseName` with each replacement applied to the first occurrence in its text.
    func planted(_ fixtures: LiveFixtures, _ operation: String, _ caseName: String, _ replacements: [(String, String)]) throws -> (TestCase, Recording) {
        let file = try #require(fixtures.caseFiles.first { $0.operation == operation })
        let testCase = try #require(file.cases.first { $0.name == caseName })
        var text = try String(contentsOfFile: testCase.recordingPath, encoding: .utf8)
        for (old, new) in replacements {
            let hit = try #require(text.range(of: old), "the plant must hit: \(old)")
            text.replaceSubrange(hit, with: new)  // the first occurrence only: one drift per plant
        }
        return (testCase, try RecordingParser.parse(Array(text.utf8)))
    }

    @Test func driftInLiveResponsesIsFoundAndJudged() async throws {
        let fixtures = try LiveFixtures()
        let (huaweiCase, huawei) = try planted(fixtures, "huawei.ShowAssetMeta", "single-asset",
                                               [(#""duration": 3532,"#, #""duration": "3532","#), (#""video_name": "#, #""review_state": "passed", "video_name": "#)])
        let (vodCase, vod) = try planted(fixtures, "vod.BatchGetMediaInfos", "audio-only", [(#""Duration": "3722.8327""#, #""Duration": 3722.8327"#)])
        var index = RecordingIndex()
        index.add(huawei, operation: "huawei.ShowAssetMeta", request: QueryString.items(of: huaweiCase.request))
        index.add(vod, operation: "vod.BatchGetMediaInfos", request: QueryString.items(of: vodCase.request))
        let accepted = ProviderSignatureVerifier.Accepted(alibaba: [LiveFixtures.alibabaID: LiveFixtures.alibabaSecret],
                                                          huawei: [LiveFixtures.huaweiAK: LiveFixtures.huaweiSK])
        let standIn = StandIn(contracts: fixtures.contracts, recordings: index, verifier: ProviderSignatureVerifier(accepted: accepted))
        let server = try await StandInServer.start(standIn)
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let files = fixtures.caseFiles.compactMap { file -> CaseFile? in
            var copy = file
            copy.cases = file.cases.filter { $0.name == (file.operation == "huawei.ShowAssetMeta" ? "single-asset" : "audio-only") }
            return copy.cases.isEmpty || !["huawei.ShowAssetMeta", "vod.BatchGetMediaInfos"].contains(file.operation) ? nil : copy
        }
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 2).run(files, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()

        let drift = run.suites.flatMap(\.cases).flatMap(\.drift).map { "\($0.kind.rawValue) \($0.finding.path) \($0.status.rawValue) \($0.source)" }.sorted()
        #expect(drift == [
            "new_field $.asset_info_array[0].base_info.review_state warn live stand-in",
            "type_change $.MediaInfos[0].MezzanineInfo.Duration fail live stand-in",
            "type_change $.asset_info_array[0].base_info.meta_data.duration fail live stand-in",
        ])
        let summary = DriftSummary(run)
        #expect(summary.failing.map(\.field).sorted() == ["$.MediaInfos[*].MezzanineInfo.Duration", "$.asset_info_array[*].base_info.meta_data.duration"])
    }
}
