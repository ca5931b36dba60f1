import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// The bundled suites live through the stand-in (serving the recordings): replay-only cases are
/// skipped with their reason and send nothing, chained cases send what their sources listed.
@Suite(.serialized) struct PortableSuiteLiveTests {
    @Test func replayOnlyCasesAreSkippedLiveAndEveryOtherCaseHolds() async throws {
        let fixtures = try LiveFixtures()
        let standIn = fixtures.standIn()
        let server = try await StandInServer.start(standIn)
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 4).run(fixtures.caseFiles, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()

        let cases = Dictionary(uniqueKeysWithValues: fixtures.caseFiles.flatMap { file in file.cases.map { ("\(file.path)#\($0.name)", $0) } })
        var skipped = 0
        for suite in run.suites {
            for result in suite.cases {
                let testCase = try #require(cases["\(suite.name)#\(result.name)"])
                if let requirement = testCase.requirements.first {
                    #expect(result.outcome == .skipped(reason: "requires replay: \(requirement.reason)"), "\(result.name)")
                    skipped += 1
                } else {
                    switch result.outcome {
                    case .passed: break
                    default: Issue.record("\(suite.name)#\(result.name): \(result.outcome)")
                    }
                }
            }
        }
        #expect(skipped >= 15)
    }

    @Test func replayOnlyCasesSendNothing() async throws {
        let fixtures = try LiveFixtures()
        let standIn = fixtures.standIn()
        let server = try await StandInServer.start(standIn)
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let files = fixtures.caseFiles.map { file in
            var copy = file
            copy.cases = file.cases.filter { !$0.requirements.isEmpty }
            return copy
        }
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 4).run(files, startedAt: 0, hostname: "h")
        await live.shutdown()
        #expect(await standIn.requestCount == 0)
        await server.stop()
        let outcomes = run.suites.flatMap(\.cases).map(\.outcome)
        #expect(!outcomes.isEmpty && outcomes.allSatisfy { if case .skipped(let reason) = $0 { reason.hasPrefix("requires replay: ") } else { false } })
    }

    @Test func aBatchSendsTheIdsItsSourceListed() async throws {
        let fixtures = try LiveFixtures()
        let server = try await StandInServer.start(fixtures.standIn())
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-chain-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let names = ["ice.ListMediaBasicInfos": ["full-page-100"], "vod.BatchGetMediaInfos": ["batch-of-20"]]
        let files = fixtures.redirected(to: directory).compactMap { file -> CaseFile? in
            guard let wanted = names[file.operation] else { return nil }
            var copy = file
            copy.cases = file.cases.filter { wanted.contains($0.name) }
            return copy
        }
        let recorder = RecordingTransport(live: live, redactor: Redactor(secrets: LiveFixtures.secrets), recordedAt: "2026-01-02T03:04:05Z")
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: recorder, concurrency: 2).run(files, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()
        #expect(run.suites.flatMap(\.cases).map(\.outcome) == [.passed, .passed])
        let list = try JSONReader().parse(RecordingParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(directory)/ice.ListMediaBasicInfos/full-page-100.http")))).body)
        let listed = list["MediaInfos"]!.arrayValue!.compactMap { $0["MediaBasicInfo"]?["InputURL"]?.stringValue }.filter { $0.hasPrefix("vod://") }.map { String($0.dropFirst(6)) }
        let batch = try RecordingParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(directory)/vod.BatchGetMediaInfos/batch-of-20.http"))))
        let sent = batch.queryItems.first { $0.name == "MediaIds" }?.value.split(separator: ",").map(String.init)
        #expect(sent == Array(listed.prefix(20)), "record writes the resolved request")
        #expect(try JSONReader().parse(batch.body)["MediaInfos"]?.arrayValue?.count == 20)
    }
}
