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
        file.cases = [try #require(file.cases.first { $0.name == name }?.pinnedToRecording())]
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

    /// Retries used up on a retryable answer are an `<error>` listing every attempt with its status, the
    /// provider's code and the delay: never a `<failure>`, never knock-on expectation findings.
    @Test func serverErrorsAreRetriedThenAnErrorListingEveryAttempt() async throws {
        let (recovered, first) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...2, kind: .error500)]))
        #expect(first == 3)
        #expect(recovered.outcome == .passed)
        let (failed, second) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .error500)]))
        #expect(second == 3)
        guard case .error(let kind, let message, _) = failed.outcome else { Issue.record("three 500s are no verdict: \(failed.outcome)"); return }
        #expect(kind == "transport")
        #expect(message == "gave up after 3 attempts: HTTP 500 InternalError on all 3 attempts", "\(message)")
        let text = details(failed)
        #expect(text.contains("attempt 1: HTTP 500 InternalError; retrying in ") && text.contains("attempt 2: HTTP 500 InternalError; retrying in ")
            && text.contains("attempt 3: HTTP 500 InternalError; gave up"), "\(text)")
        #expect(failed.deviations.isEmpty && failed.warnings.isEmpty)
    }

    @Test(arguments: ["ice.ListMediaBasicInfos", "huawei.ShowAssetMeta"])
    func throttlingOnEveryAttemptIsAnErrorNotAFailure(_ operation: String) async throws {
        let (result, requests) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .throttle)]), operation: operation,
                                                         retry: .init(attempts: 2, baseDelay: 0.05, maxDelay: 2))
        #expect(requests == 2)
        guard case .error(let kind, _, _) = result.outcome else { Issue.record("throttled twice is no verdict: \(result.outcome)"); return }
        #expect(kind == "transport")
        let answer = operation.hasPrefix("huawei") ? "HTTP 429 APIGW.0308" : "HTTP 503 Throttling.User"
        #expect(details(result).contains("attempt 1: \(answer); retrying in 1.00 s (Retry-After 1 s)"), "\(details(result))")
        #expect(details(result).contains("attempt 2: \(answer); gave up: \(answer) on all 2 attempts"), "\(details(result))")
    }

    @Test func aRetryAfterBeyondMaxDelayIsHonouredUpToItsBoundAndSaysSo() async throws {
        let (result, requests) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .throttle)], retryAfterSeconds: 2),
                                                         retry: .init(attempts: 2, baseDelay: 0.05, maxDelay: 0.5, maxRetryAfter: 5))
        #expect(requests == 2)
        #expect(details(result).contains("retrying in 2.00 s (Retry-After 2 s honoured beyond max_delay 0.50 s (bound: max_retry_after 5 s))"), "\(details(result))")
    }

    @Test func aRetryAfterBeyondItsBoundGivesUpAndSaysWhy() async throws {
        let (result, requests) = try await runDocExample(plan: FaultPlan(rules: [.init(requests: 1...9, kind: .throttle)], retryAfterSeconds: 90),
                                                         retry: .init(attempts: 3, baseDelay: 0.05, maxDelay: 2, maxRetryAfter: 60))
        #expect(requests == 1, "no second attempt: the server asked for longer than the policy allows")
        guard case .error(_, let message, _) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(message == "gave up after 1 attempt: HTTP 503 Throttling.User with Retry-After 90 s, beyond max_retry_after 60 s", "\(message)")
    }

    /// A walk whose third page still fails after its retries: the case cannot pass on pages it never saw.
    @Test func aWalkWhosePageFailsIsAnErrorNamingThePage() async throws {
        let plan = FaultPlan(rules: [.init(requests: 3...99, kind: .error500, operation: "ice.ListMediaBasicInfos")])
        let (result, requests) = try await runDocExample(plan: plan, caseName: "paging-walk", retry: .init(attempts: 2, baseDelay: 0.05, maxDelay: 1))
        #expect(requests == 4)
        guard case .error(let kind, let message, _) = result.outcome else { Issue.record("a broken walk is no verdict: \(result.outcome)"); return }
        #expect(kind == "transport")
        #expect(message.hasPrefix("page 3: gave up after 2 attempts: HTTP 500 InternalError"), "\(message)")
    }

    @Test func aCompleteWalkStillPasses() async throws {
        let (result, requests) = try await runDocExample(plan: FaultPlan(), caseName: "paging-walk")
        #expect(requests == 3)
        #expect(result.outcome == .passed, "\(result.outcome)")
    }

    /// A refused port fails each attempt at once (no connect timeout spent) and is named as refused:
    /// with a 30 s connect timeout and a 10 s total budget, only fast refusals get to attempt 3.
    @Test func aRefusedConnectionFailsFastAndIsNamed() async throws {
        let fixtures = try LiveFixtures()
        let port = try LiveFixtures.closedPort()
        let live = LiveTransport(target: LiveFixtures.target(port: port, retry: .init(attempts: 3, baseDelay: 0.05, maxDelay: 0.2),
                                                             timeouts: .init(connect: 30, read: 5, total: 10)),
                                 credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        var file = try #require(fixtures.caseFiles.first { $0.operation == "ice.ListMediaBasicInfos" })
        // A case that sends a request live: not replay-only, not waiting on another case's values.
        file.cases = [try #require(file.cases.first { $0.requirements.isEmpty && $0.captures.isEmpty })]
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: live, concurrency: 1).run([file], startedAt: 0, hostname: "h")
        await live.shutdown()
        let result = try #require(run.suites.first?.cases.first)
        guard case .error(let kind, let message, _) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(kind == "transport")
        #expect(message == "gave up after 3 attempts: connection refused by 127.0.0.1:\(port) on all 3 attempts", "\(message)")
        #expect(details(result).contains("attempt 3: connection refused by 127.0.0.1:\(port)"), "\(details(result))")
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
        none[HuaweiProvider.projectID] = nil
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: none, adapters: ProviderAdapters.all)
        var file = try #require(fixtures.caseFiles.first { $0.operation == "vod.BatchGetMediaInfos" })
        file.cases = file.cases.compactMap { $0.pinnedToRecording() }
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
