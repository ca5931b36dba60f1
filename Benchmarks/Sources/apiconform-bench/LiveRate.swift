import APIConformCore
import APIConformLive
import APIConformStandIn
import APIConformSynthesis
import Foundation

/// Live mode against the stand-in with 50 ms added latency and a 20 requests/s limit: the share of
/// the limit the run uses, and how many requests the stand-in throttled.
enum LiveRate {
    static func run(contracts: [Contract]) async -> [Figure] {
        guard let contract = contracts.first(where: { $0.operation == "ice.ListMediaBasicInfos" }) else { return [] }
        let synthesizer = BodySynthesizer(contract: contract, pageSize: 10)
        let (request, body) = synthesizer.response(for: synthesizer.request())
        var index = RecordingIndex()
        let recording = Recording(method: "POST", target: "/", requestHeaders: [], status: 200, reason: "OK",
                                  responseHeaders: [.init(name: "content-type", value: "application/json")], body: JSONWriter().bytes(body))
        index.add(recording, operation: contract.operation, request: QueryString.items(of: request))
        let verifier = ProviderSignatureVerifier([AlibabaStandIn(keys: ["BenchAccessKeyId": "bench/secret+value="])])
        let limit = 20.0, count = 120
        let standIn = StandIn(contracts: contracts, recordings: index, verifier: verifier,
                              plan: FaultPlan(latency: 0.05, rateLimit: limit))
        guard let server = try? await StandInServer.start(standIn) else { return [Figure(name: "live rate", value: "stand-in did not start", target: "", met: false)] }
        var credentials = Credentials()
        credentials[AlibabaProvider.accessKeyID] = "BenchAccessKeyId"
        credentials[AlibabaProvider.accessKeySecret] = "bench/secret+value="
        let target = Target(name: "bench", endpoints: ["*": "http://127.0.0.1:\(server.port)"], rateLimit: limit, concurrency: 4,
                            retry: .init(attempts: 1, baseDelay: 0.1, maxDelay: 1))
        let live = LiveTransport(target: target, credentials: credentials, adapters: ProviderAdapters.all)
        let cases = (0..<count).map { number in
            TestCase(name: "c\(number)", summary: nil, operation: contract.operation, request: request, recordingPath: "",
                     expectation: Expectation(location: contract.location), deviations: [], tags: [], location: contract.location)
        }
        let file = CaseFile(path: "bench", operation: contract.operation, cases: cases)
        let start = ContinuousClock.now
        let result = await SuiteRunner(contracts: contracts, transport: live, concurrency: 4).run([file], startedAt: 0, hostname: "bench")
        let elapsed = Measure.seconds(ContinuousClock.now - start)
        await live.shutdown()
        let throttled = await standIn.throttled
        await server.stop()
        let passed = RunTotalsLite(result).passed
        // The first request goes at t=0 and the last at (n-1)/rate: n-1 intervals were paced.
        let rate = Double(count - 1) / max(elapsed - 0.05, 0.001)
        let share = rate / limit
        return [
            Figure(name: "live: rate used at a 20 req/s limit, 50 ms latency (\(count) cases, \(passed) passed)", value: String(format: "%.1f req/s (%.0f %%)", rate, share * 100),
                   target: "≥ 90 % of the limit", met: share >= 0.9),
            Figure(name: "live: requests throttled by the stand-in", value: String(throttled), target: "0", met: throttled == 0),
        ]
    }
}

/// Case counts without depending on the reports module.
struct RunTotalsLite {
    var passed = 0
    init(_ run: RunResult) {
        for result in run.suites.flatMap(\.cases) { if case .passed = result.outcome { passed += 1 } }
    }
}
