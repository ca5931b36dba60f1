import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// `auth: anonymous` (ice.ListPublicMediaBasicInfos: "No authorization for this operation"): sent
/// unsigned, no credentials needed; the stand-in takes unsigned requests for such operations only.
@Suite(.serialized) struct AnonymousOperationTests {
    func contract(_ operation: String, _ fixtures: LiveFixtures) throws -> Contract {
        try #require(fixtures.contracts.first { $0.operation == operation })
    }

    @Test func anUnknownAuthModeSuggestsTheClosest() {
        let sink = DiagnosticSink()
        _ = ContractLoader(sink: sink).load(text: "operation: ice.P\nprovider: alibaba\nhttp: {auth: anonymus, action: P, version: \"2020-11-09\"}\n", file: "p.yaml")
        #expect(sink.diagnostics.map(\.description) == ["p.yaml:3:14: error: [unknown_value] auth must be signed or anonymous, not 'anonymus'; did you mean 'anonymous'?"])
    }

    @Test func thePublicLibraryContractDeclaresItAndNeedsNoCredentials() throws {
        let fixtures = try LiveFixtures()
        let target = LiveFixtures.target(port: 1)
        #expect(try contract("ice.ListPublicMediaBasicInfos", fixtures).http.anonymous)
        #expect(Credentials.missing(for: [try contract("ice.ListPublicMediaBasicInfos", fixtures)], target: target, credentials: Credentials()).isEmpty)
        #expect(Credentials.missing(for: [try contract("ice.ListMediaBasicInfos", fixtures)], target: target, credentials: Credentials())
            == ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"])
    }

    @Test(arguments: [AlibabaProvider.Signature.acs3, .rpcV1])
    func anAnonymousRequestCarriesNoSignatureAndNoKey(_ signature: AlibabaProvider.Signature) throws {
        let fixtures = try LiveFixtures()
        let public_ = try contract("ice.ListPublicMediaBasicInfos", fixtures)
        let testCase = try #require(fixtures.caseFiles.first { $0.operation == public_.operation }?.cases.first)
        // Credentials set or not, an anonymous operation is sent the way the SDK sends it.
        for credentials in [Credentials(), LiveFixtures.credentials] {
            let request = try AlibabaAdapter().prepare(testCase, contract: public_, target: LiveFixtures.target(port: 8787, signature: signature), credentials: credentials)
            #expect(!request.headers.contains { $0.name.lowercased() == "authorization" || $0.name.lowercased().hasPrefix("x-acs-") })
            #expect(!request.url.contains("AccessKeyId") && !request.url.contains("Signature="), "\(request.url)")
            #expect(request.url.contains("Action=ListPublicMediaBasicInfos") && request.url.contains("SignatureNonce="), "\(request.url)")
            for secret in LiveFixtures.secrets { #expect(!request.url.contains(secret)) }
        }
        let signed = try AlibabaAdapter().prepare(testCase, contract: try contract("ice.ListMediaBasicInfos", fixtures),
                                                  target: LiveFixtures.target(port: 8787, signature: signature), credentials: LiveFixtures.credentials)
        #expect(signed.headers.contains { $0.name.lowercased() == "authorization" } || signed.url.contains("Signature="))
    }

    @Test func thePublicSuiteRunsLiveWithoutAnyCredentials() async throws {
        let fixtures = try LiveFixtures()
        let standIn = fixtures.standIn()
        let server = try await StandInServer.start(standIn)
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: Credentials(), adapters: ProviderAdapters.all)
        var file = try #require(fixtures.caseFiles.first { $0.operation == "ice.ListPublicMediaBasicInfos" })
        file.cases.removeAll { $0.name == "throttled" }   // needs a throttling gateway, not an account
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 2).run([file], startedAt: 0, hostname: "h")
        await live.shutdown()
        #expect(await standIn.requestCount >= file.cases.count)
        await server.stop()
        let replay = await SuiteRunner(contracts: fixtures.contracts, transport: ReplayTransport(), concurrency: 2).run([file], startedAt: 0, hostname: "h")
        // Replay-only cases (the doc example, the throttle) are skipped live and run on replay.
        let replayOnly = Set(file.cases.filter { !$0.requirements.isEmpty }.map { "\(file.path)#\($0.name)" })
        #expect(LiveFixtures.verdicts(run).filter { !replayOnly.contains($0.key) } == LiveFixtures.verdicts(replay).filter { !replayOnly.contains($0.key) })
        #expect(!LiveFixtures.verdicts(run).values.contains { $0.hasPrefix("error") }, "\(LiveFixtures.verdicts(run))")
    }

    /// Unsigned is accepted only where the contract says anonymous: the same unsigned request for a
    /// signed operation is refused in Alibaba's error shape.
    @Test func theStandInRefusesUnsignedRequestsForSignedOperations() async throws {
        let fixtures = try LiveFixtures()
        let server = try await StandInServer.start(fixtures.standIn())
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: Credentials(), adapters: ProviderAdapters.all)
        var unsigned = try contract("ice.ListMediaBasicInfos", fixtures)
        unsigned.http.anonymous = true   // what a client that skipped signing would send
        let testCase = try #require(fixtures.caseFiles.first { $0.operation == "ice.ListMediaBasicInfos" }?.cases.first)
        let answer = try await live.exchange(for: testCase, contract: unsigned).get()
        await live.shutdown()
        await server.stop()
        #expect(answer.status == 400)
        #expect(try JSONReader().parse(answer.body)["Code"]?.stringValue == "MissingParameter", "\(String(decoding: answer.body, as: UTF8.self))")
    }
}
