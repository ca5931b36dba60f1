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

    public func run(_ files: [CaseFile], startedAt: Double, hostname: String, progress: (@Sendable (CaseProgress) -> Void)? = nil) async -> RunResult {
        await run(RunPlan(files: files, contracts: contracts), startedAt: startedAt, hostname: hostname, progress: progress)
    }

    /// Runs the plan; `progress` hears of each case as it finishes. When the calling task is cancelled
    /// (SIGINT/SIGTERM), no further case starts, and every case that did not finish is reported as
    /// `Interrupted`, so the report still holds the whole plan.
    public func run(_ plan: RunPlan, startedAt: Double, hostname: String, progress: (@Sendable (CaseProgress) -> Void)? = nil) async -> RunResult {
        let files = plan.files, jobs = plan.jobs
        var results: [[CaseResult?]] = files.map { Array(repeating: nil, count: $0.cases.count) }
        await withTaskGroup(of: (Int, Int, CaseResult).self) { group in
            var next = 0, done = 0
            func submit() {
                let job = jobs[next]
                next += 1
                let runner = CaseRunner(contract: job.contract, transport: transport, measuresTime: measuresTime, policy: policy)
                group.addTask { (job.suite, job.index, await runner.run(job.testCase, suiteName: job.contract.operation)) }
            }
            while next < min(concurrency, jobs.count) && !Task.isCancelled { submit() }
            while let (suite, index, result) = await group.next() {
                results[suite][index] = result
                done += 1
                progress?(CaseProgress(result: result, operation: files[suite].operation, done: done, total: jobs.count))
                if next < jobs.count && !Task.isCancelled { submit() }
            }
        }
        for job in jobs where results[job.suite][job.index] == nil {
            results[job.suite][job.index] = Interrupted.result(job.testCase, classname: job.contract.operation)
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
