/// Runs case files and collects a `RunResult`: cases run concurrently, a case that captures values
/// starts once its sources finished, results keep file and case order.
public struct SuiteRunner: Sendable {
    public let contracts: [String: Contract]
    public let transport: any Transport
    public let concurrency: Int
    public let measuresTime: Bool
    public let policy: FindingPolicy
    /// What `${vars.NAME}` and `${env.NAME}` resolve to.
    public let variables: RunVariables

    public init(contracts: [Contract], transport: any Transport, concurrency: Int, measuresTime: Bool = true,
                policy: FindingPolicy = FindingPolicy(), variables: RunVariables = RunVariables()) {
        self.measuresTime = measuresTime
        self.policy = policy
        self.variables = variables
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
        var sources: [CaseReference: SourceResponse] = [:]
        var finished = Set<Int>()
        var pending = Array(jobs.indices)
        await withTaskGroup(of: (Int, CaseResult, SourceResponse?).self) { group in
            var running = 0
            // Starts the first waiting job whose sources have all finished; false when none can start yet.
            func submitReady() -> Bool {
                guard let position = pending.firstIndex(where: { jobs[$0].dependencies.allSatisfy(finished.contains) }) else { return false }
                let number = pending.remove(at: position)
                let job = jobs[number]
                let known = sources
                running += 1
                group.addTask {
                    let (result, kept) = await run(job, sources: known)
                    return (number, result, kept)
                }
                return true
            }
            var done = 0
            while running < concurrency, !Task.isCancelled, submitReady() {}
            while let (number, result, kept) = await group.next() {
                running -= 1
                finished.insert(number)
                let job = jobs[number]
                results[job.suite][job.index] = result
                if let kept { sources[job.reference] = kept }
                done += 1
                progress?(CaseProgress(result: result, operation: files[job.suite].operation, done: done, total: jobs.count))
                while running < concurrency, !Task.isCancelled, submitReady() {}
            }
        }
        for job in jobs where results[job.suite][job.index] == nil {
            results[job.suite][job.index] = Interrupted.result(job.testCase, classname: job.contract.operation)
        }
        let suites = files.enumerated().map { suiteIndex, file in
            SuiteResult(name: file.path, file: file.path, operation: file.operation, target: transport.targetName, mode: transport.mode,
                        cases: results[suiteIndex].compactMap { $0 })
        }
        return RunResult(suites: suites, startedAt: startedAt, hostname: hostname)
    }

    /// One job: skipped when a requirement is not met, an error when a capture has no value, else run;
    /// a source also hands back what its consumers capture from.
    func run(_ job: RunPlan.Job, sources: [CaseReference: SourceResponse]) async -> (CaseResult, SourceResponse?) {
        let testCase = job.testCase, suiteName = job.contract.operation
        if let unmet = testCase.requirements.first(where: { !$0.isMet(inMode: transport.mode) }) {
            let result = CaseResult(name: testCase.name, classname: suiteName, location: testCase.location,
                                    outcome: .skipped(reason: "requires \(unmet.condition.rawValue): \(unmet.reason)"))
            return (result, job.isSource ? SourceResponse(nil, outcome: result.outcome) : nil)
        }
        let resolved: TestCase
        switch RequestResolver(variables: variables).resolve(testCase, sources: sources) {
        case .success(let request): resolved = request
        case .failure(let failure):
            let outcome = CaseOutcome.error(kind: failure.kind, message: failure.message, details: "\(testCase.location)\n\(failure.details)")
            let result = CaseResult(name: testCase.name, classname: suiteName, location: testCase.location, outcome: outcome)
            return (result, job.isSource ? SourceResponse(nil, outcome: outcome) : nil)
        }
        guard job.isSource else {
            return (await CaseRunner(contract: job.contract, transport: transport, measuresTime: measuresTime, policy: policy)
                .run(resolved, suiteName: suiteName), nil)
        }
        let keeper = ResponseKeeper(transport)
        let result = await CaseRunner(contract: job.contract, transport: keeper, measuresTime: measuresTime, policy: policy)
            .run(resolved, suiteName: suiteName)
        return (result, SourceResponse(keeper.first, outcome: result.outcome))
    }
}
