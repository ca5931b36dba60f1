import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// Faults from the stand-in end as `<error>` or as a retried success, never as a hang or a failure.
@Suite(.serialized) struct FaultTests {
    /// Runs one bundled case (by default an ICE case that passes) against a stand-in with `plan`.
    /// Timeouts are generous so that a loaded CI machine never turns a planned fault into an extra,
    /// unplanned retry; only the read-timeout test tightens them.
    func runDocExample(plan: FaultPlan, operation: String = "ice.ListMediaBasicInfos", caseName: String? = nil, retry: Target.RetryPolicy = .init(attempts: 3, baseDelay: 0.05, maxDelay: 2),
                       timeouts: Target.Timeouts = .init(connect: 5, read: 5, total: 30)) async throws -> (CaseResult, Int) {
        let fixtures = try LiveFixtures()
        let standIn = fixtures.standIn(plan: plan)
        let server = try await StandInServer.start(standIn)
        let live = LiveTransport(target: LiveFixtures.target(port: server.port, retry: retry, timeouts: timeouts), credentials: LiveFixtures.credentials,
                                 adapters: ProviderAdapters.all)
        var file = try #require(fixtures.caseFiles.first { $0.operation == operation })
        let name = caseName ?? (operation == "ice.ListMediaBasicInfos" ? "default-first-page" : "doc-example")
        file.cases = [try #require(file.cases.first { $0.name == name })]
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 1).run([file], startedAt: 0, hostname: "h")
        await live.shutdown()
        let requests = await standIn.requestCount
        await server.stop()
        return (try #require(run.suites.first?.cases.first), requests)
    }

    func details(_ result: CaseResult) -> String {
        if case .error(_, let message, let details) = result.outcome { return message + "\n" + details }
        return ""
    }

    @Test func throttlingWithRetryAfterIsRetriedToSuccess() async throws {
        let (result, requests) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...1, kind: .throttle)]), operation: "huawei.ShowAssetMeta")
        #expect(requests == 2)
        // The doc example conforms (it has no declared deviation since issue #12): passed after the retry.
        if case .passed = result.outcome {} else { Issue.record("expected the doc example's verdict after a retry, got \(result.outcome)") }
    }

    @Test func serverErrorsAreRetriedThenReported() async throws {
        let (recovered, first) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...2, kind: .error500)]))
        #expect(first == 3)
        #expect(recovered.outcome == .passed)
        let (failed, second) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .error500)]))
        #expect(second == 3)
        if case .failed(let findings) = failed.outcome {
            #expect(findings.contains { $0.rule == "expect.status" }, "a provider 500 after retries is the provider's answer: \(findings)")
        } else {
            Issue.record("three 500s end as the provider's answer, a failure of the case: \(failed.outcome)")
        }
    }

    @Test func aResetConnectionIsRetriedAndThenAnError() async throws {
        let (recovered, _) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...1, kind: .reset)]))
        #expect(recovered.outcome == .passed)
        let (broken, requests) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .reset)]))
        #expect(requests == 3)
        guard case .error(let kind, _, _) = broken.outcome else { Issue.record("expected an error, got \(broken.outcome)"); return }
        #expect(kind == "transport")
        #expect(details(broken).contains("attempt 1:") && details(broken).contains("attempt 3:"), "\(details(broken))")
    }

    @Test func aResponseSlowerThanTheReadTimeoutIsAnError() async throws {
        let (result, _) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .slow)], slowSeconds: 3),
                                                  retry: .init(attempts: 2, baseDelay: 0.05, maxDelay: 1),
                                                  timeouts: .init(connect: 5, read: 0.5, total: 30))
        guard case .error(let kind, _, _) = result.outcome else { Issue.record("expected an error, got \(result.outcome)"); return }
        #expect(kind == "transport")
        #expect(details(result).contains("timeout"), "\(details(result))")
    }

    @Test func aTruncatedBodyIsAnErrorNotAFinding() async throws {
        let (result, requests) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .truncate)]))
        #expect(requests == 3)
        guard case .error(let kind, _, _) = result.outcome else { Issue.record("expected an error, got \(result.outcome)"); return }
        #expect(kind == "transport", "\(details(result))")
    }

    @Test func missingCredentialsSendNothing() async throws {
        let fixtures = try LiveFixtures()
        let standIn = fixtures.standIn()
        let server = try await StandInServer.start(standIn)
        var none = Credentials()
        none.huaweiProjectID = nil
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: none, adapters: ProviderAdapters.all)
        let file = try #require(fixtures.caseFiles.first { $0.operation == "vod.BatchGetMediaInfos" })
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 2).run([file], startedAt: 0, hostname: "h")
        await live.shutdown()
        #expect(await standIn.requestCount == 0)
        await server.stop()
        for result in run.suites.flatMap(\.cases) {
            guard case .error(let kind, let message, _) = result.outcome else { Issue.record("\(result.outcome)"); continue }
            #expect(kind == "credentials")
            #expect(message.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"))
        }
    }
}
