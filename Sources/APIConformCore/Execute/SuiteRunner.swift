/// Runs case files and collects a `RunResult`: cases run concurrently, results keep file and case order.
public struct SuiteRunner: Sendable {
    public let contracts: [String: Contract]
    public let transport: any Transport
    public let concurrency: Int
    public let measuresTime: Bool
    public let policy: FindingPolicy

    public init(contracts: [Contract], transport: any Transport, concurrency: Int, measuresTime: Bool = true,
                policy: FindingPolicy = FindingPolicy()) {
        self.measuresTime = measuresTime
        self.policy = policy
        self.contracts = Dictionary(contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
        self.transport = transport
        self.concurrency = max(1, concurrency)
    }

    public func run(_ files: [CaseFile], startedAt: Double, hostname: String) async -> RunResult {
        await run(RunPlan(files: files, contracts: contracts), startedAt: startedAt, hostname: hostname)
    }

    public func run(_ plan: RunPlan, startedAt: Double, hostname: String) async -> RunResult {
        let files = plan.files, jobs = plan.jobs
        var results: [[CaseResult?]] = files.map { Array(repeating: nil, count: $0.cases.count) }
        await withTaskGroup(of: (Int, Int, CaseResult).self) { group in
            var next = 0
            func submit() {
                let job = jobs[next]
                next += 1
                let runner = CaseRunner(contract: job.contract, transport: transport, measuresTime: measuresTime, policy: policy)
                group.addTask { (job.suite, job.index, await runner.run(job.testCase, suiteName: job.contract.operation)) }
            }
            while next < min(concurrency, jobs.count) { submit() }
            while let (suite, index, result) = await group.next() {
                results[suite][index] = result
                if next < jobs.count { submit() }
            }
        }
        let suites = files.enumerated().map { suiteIndex, file in
            SuiteResult(name: file.path, file: file.path,
                        properties: [.init(name: "operation", value: file.operation), .init(name: "target", value: transport.targetName),
                                     .init(name: "mode", value: transport.mode)],
                        cases: results[suiteIndex].compactMap { $0 })
        }
        return RunResult(suites: suites, startedAt: startedAt, hostname: hostname)
    }
}
