import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// Live mode end to end on 127.0.0.1: real HTTP, real signing and verification, no mocks.
@Suite(.serialized) struct StandInEndToEndTests {
    @Test(arguments: [AlibabaProvider.Signature.acs3, .rpcV1])
    func recordThenReplayGivesTheSameVerdictsAndLeaksNoSecret(_ signature: AlibabaProvider.Signature) async throws {
        let fixtures = try LiveFixtures()
        let server = try await StandInServer.start(fixtures.standIn())
        let live = LiveTransport(target: LiveFixtures.target(port: server.port, signature: signature), credentials: LiveFixtures.credentials,
                                 adapters: ProviderAdapters.all)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-record-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = fixtures.redirected(to: directory)
        let recorder = RecordingTransport(live: live, redactor: Redactor(secrets: LiveFixtures.secrets), recordedAt: "2026-01-02T03:04:05Z")
        let recorded = await SuiteRunner(contracts: fixtures.contracts, transport: recorder, concurrency: 4).run(files, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()
        let replayed = await SuiteRunner(contracts: fixtures.contracts, transport: ReplayTransport(), concurrency: 4).run(files, startedAt: 0, hostname: "h")
        let bundled = await SuiteRunner(contracts: fixtures.contracts, transport: ReplayTransport(), concurrency: 4).run(fixtures.caseFiles, startedAt: 0, hostname: "h")
        // Replay-only cases are skipped live (and so never recorded); every other case keeps its verdict.
        let replayOnly = Set(fixtures.caseFiles.flatMap { file in file.cases.filter { !$0.requirements.isEmpty }.map { "\(file.path)#\($0.name)" } })
        let portable = { (run: RunResult) in LiveFixtures.verdicts(run).filter { !replayOnly.contains($0.key) } }
        #expect(portable(recorded) == portable(bundled))
        #expect(portable(replayed) == portable(bundled))
        #expect(LiveFixtures.verdicts(recorded).filter { replayOnly.contains($0.key) }.values.allSatisfy { $0.hasPrefix("skipped") })
        let caseCount = fixtures.caseFiles.reduce(0) { $0 + $1.cases.count } - replayOnly.count
        #expect(caseCount > 10)
        // Nothing written may hold a secret: search every byte of every recording.
        var searched = 0
        for path in FileManager.default.subpaths(atPath: directory) ?? [] where path.hasSuffix(".http") {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(path)")))
            searched += 1
            for secret in LiveFixtures.secrets {
                #expect(!String(decoding: bytes, as: UTF8.self).contains(secret), "\(path) holds a secret")
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if path.hasPrefix("huawei.") {
                #expect(text.contains("> authorization: <redacted>\n") && text.contains("> x-sdk-date: <redacted>\n"), "\(path)")
            } else if !path.hasPrefix("ice.ListPublic") {
                let redacted = signature == .acs3 ? "> authorization: <redacted>\n" : "&Signature=REDACTED"
                #expect(text.contains(redacted), "\(path) should show the redacted signature")
            }
        }
        // One recording per case, and one more per further page of the cases that walk.
        let walkPages = fixtures.caseFiles.flatMap(\.cases).filter { ($0.walkPages ?? 1) > 1 }.count
        #expect(searched >= caseCount && (walkPages > 0 || searched == caseCount), "\(searched) recordings for \(caseCount) cases")
    }

    @Test func aBadSignatureGetsTheProvidersErrorShape() async throws {
        let fixtures = try LiveFixtures()
        let server = try await StandInServer.start(fixtures.standIn())
        defer { Task { await server.stop() } }
        var wrong = LiveFixtures.credentials
        wrong[AlibabaProvider.accessKeySecret] = "not-the-secret"
        wrong[HuaweiProvider.sk] = "not-the-secret-either"
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: wrong, adapters: ProviderAdapters.all)
        let ice = try #require(fixtures.caseFiles.first { $0.operation == "ice.ListMediaBasicInfos" }?.cases.first)
        let huawei = try #require(fixtures.caseFiles.first { $0.operation == "huawei.ShowAssetMeta" }?.cases.first)
        let contracts = Dictionary(uniqueKeysWithValues: fixtures.contracts.map { ($0.operation, $0) })
        let alibabaAnswer = try await live.exchange(for: ice, contract: contracts["ice.ListMediaBasicInfos"]!).get()
        let huaweiAnswer = try await live.exchange(for: huawei, contract: contracts["huawei.ShowAssetMeta"]!).get()
        await live.shutdown()
        #expect(alibabaAnswer.status == 400)
        let alibabaBody = try JSONReader().parse(alibabaAnswer.body)
        #expect(alibabaBody["Code"]?.stringValue == "IncompleteSignature")
        #expect(alibabaBody["Message"]?.stringValue?.contains("server string to sign is:ACS3-HMAC-SHA256") == true)
        #expect(huaweiAnswer.status == 401)
        #expect(try JSONReader().parse(huaweiAnswer.body)["error_code"]?.stringValue == "APIGW.0301")
        let errors = ContractEvaluator(contract: contracts["huawei.ShowAssetMeta"]!).evaluate(huaweiAnswer, request: huawei.request).response
        #expect(errors.isEmpty, "the stand-in's error body keeps Huawei's documented error shape: \(errors)")
    }
}

/// Huawei token authentication: `X-Auth-Token` instead of a signature, accepted only when known.
@Suite struct HuaweiTokenTests {
    @Test func aKnownTokenIsAcceptedAndAnUnknownOneRefused() async throws {
        let fixtures = try LiveFixtures()
        let (server, target, testCase, contract) = try await fixtures.huaweiTokenSession(HuaweiStandIn(tokens: ["MIIEvalToken-0001"]))
        var credentials = Credentials()
        credentials[HuaweiProvider.projectID] = LiveFixtures.projectID
        credentials[HuaweiProvider.authToken] = "MIIEvalToken-0001"
        let good = LiveTransport(target: target, credentials: credentials, adapters: ProviderAdapters.all)
        let accepted200 = try await good.exchange(for: testCase, contract: contract).get()
        await good.shutdown()
        credentials[HuaweiProvider.authToken] = "MIIEvalToken-9999"
        let bad = LiveTransport(target: target, credentials: credentials, adapters: ProviderAdapters.all)
        let refused = try await bad.exchange(for: testCase, contract: contract).get()
        await bad.shutdown()
        await server.stop()
        #expect(accepted200.status == 200)
        #expect(refused.status == 401)
        #expect(try JSONReader().parse(refused.body)["error_code"]?.stringValue == "APIGW.0301")
    }
}
