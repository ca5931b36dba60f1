/// Runs one case: request checks, the exchange, contract evaluation, case expectations, declared
/// deviations — and decides the outcome.
public struct CaseRunner: Sendable {
    public let contract: Contract
    public let transport: any Transport
    /// False under a fixed clock (`SOURCE_DATE_EPOCH`): durations are reported as 0 so reports are reproducible.
    public let measuresTime: Bool
    /// Which findings fail the case and which only warn or are accepted drift.
    public let policy: FindingPolicy

    public init(contract: Contract, transport: any Transport, measuresTime: Bool = true, policy: FindingPolicy = FindingPolicy()) {
        self.contract = contract
        self.transport = transport
        self.measuresTime = measuresTime
        self.policy = policy
    }

    public func run(_ testCase: TestCase, suiteName: String) async -> CaseResult {
        let started = ContinuousClock.now
        let evaluator = ContractEvaluator(contract: contract)
        let outcome: CaseOutcome
        var deviations: [Finding] = []
        var warnings: [Finding] = []
        var drift: [DriftObservation] = []
        switch await transport.exchange(for: testCase, contract: contract) {
        case .failure(let failure):
            outcome = .error(kind: failure.kind, message: failure.message, details: "\(testCase.location)\n\(failure.details)")
        case .success(let exchange):
            let evaluation = evaluator.evaluate(exchange, request: testCase.request, expecting: testCase.expectation)
            var findings = Self.unintended(evaluation.request, of: testCase) + evaluation.response + evaluation.expectations
            if let pages = testCase.walkPages, pages > 1, let walk = PageWalk(contract: contract, request: testCase.request, maxPages: pages),
               let body = evaluation.body, (200..<300).contains(exchange.status) {
                switch await walkPages(walk, testCase: testCase, first: body, evaluator: evaluator) {
                case .success(let more): findings += more
                case .failure(let failure):
                    return reported(CaseResult(name: testCase.name, classname: suiteName, location: testCase.location,
                                      outcome: .error(kind: failure.kind, message: failure.message, details: "\(testCase.location)\n\(failure.details)"),
                                      time: seconds(since: started)), testCase)
                }
            }
            (findings, deviations) = Self.separate(findings, declared: testCase.deviations)
            let verdict = policy.judge(findings, operation: contract.operation, source: exchange.source ?? "\(transport.mode) \(transport.targetName)")
            (findings, warnings, drift) = (verdict.failures, verdict.warnings, verdict.drift)
            outcome = Self.outcome(findings: findings, deviations: deviations, declared: testCase.deviations)
        }
        return reported(CaseResult(name: testCase.name, classname: suiteName, location: testCase.location, outcome: outcome,
                                       deviations: deviations, warnings: warnings, drift: drift, time: seconds(since: started)), testCase)
    }

    /// The result as the reports get it: a failing or erring one carries the transport's reproduction
    /// of the case, and the transport removes what must not be written (`Transport.reportable`).
    func reported(_ result: CaseResult, _ testCase: TestCase) -> CaseResult {
        var result = result
        switch result.outcome {
        case .failed, .error: result.reproduction = transport.reproduction(of: testCase, contract: contract)
        case .passed, .skipped: break
        }
        return transport.reportable(result)
    }

    /// A case may break a request rule on purpose (`request_findings`): those findings are what it
    /// expects, and one it names that does not occur is a finding itself.
    static func unintended(_ requestFindings: [Finding], of testCase: TestCase) -> [Finding] {
        let intended = Set(testCase.expectation.requestFindings)
        var findings = requestFindings.filter { !intended.contains($0.rule) }
        for rule in testCase.expectation.requestFindings where !requestFindings.contains(where: { $0.rule == rule }) {
            findings.append(Finding(rule: CaseFindingKey.requestFindings.key, side: .request, path: .root,
                                    message: "the case says the request breaks '\(rule)', but it does not",
                                    expected: "a \(rule) finding", actual: "none", declaredAt: testCase.expectation.location))
        }
        return findings
    }

    /// Wall time since `start`, or 0 under a fixed clock.
    func seconds(since start: ContinuousClock.Instant) -> Double {
        guard measuresTime else { return 0 }
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Walks the pages after the first, evaluating each and the walk as a whole; page findings say their page.
    func walkPages(_ walk: PageWalk, testCase: TestCase, first: JSONValue, evaluator: ContractEvaluator) async -> Result<[Finding], TransportFailure> {
        var state = PageWalk.State()
        var findings: [Finding] = []
        var request = testCase.request
        var body = first
        var complete = false
        while true {
            let context = EvaluationContext(request: request, contract: contract, side: .response, status: 200)
            findings += walk.absorb(body, context: context, state: &state).map { pageFinding($0, page: state.pages) }
            guard let next = walk.nextRequest(after: body, request: request, context: context, state: state) else {
                complete = state.pages < walk.maxPages || walk.nextRequest(after: body, request: request, context: context, state: PageWalk.State()) == nil
                break
            }
            request = next
            let number = state.pages + 1
            switch await transport.exchange(for: testCase.page(number, request: request), contract: contract) {
            case .failure(let failure):
                return .failure(TransportFailure(kind: failure.kind, message: "page \(number): \(failure.message)", details: failure.details))
            case .success(let exchange):
                // A page that is not a listing leaves the walk without the data its checks need: the case
                // cannot pass on what was never seen, and a provider's error page is no contract verdict.
                guard (200..<300).contains(exchange.status) else {
                    let code = contract.errorCode(in: exchange.body).map { " \($0)" } ?? ""
                    return .failure(TransportFailure(kind: "walk", message: "page \(number) answered HTTP \(exchange.status)\(code); the walk is incomplete",
                                                     details: "page \(number) request: \(QueryString.encode(QueryString.items(of: request)))\n"
                                                         + "answer: HTTP \(exchange.status)\(code)"))
                }
                // Each page is evaluated once; its request is ours (built by the walk), so only the response counts.
                let evaluation = evaluator.evaluate(exchange, request: request)
                guard let parsed = evaluation.body else {
                    let syntax = evaluation.response.first?.message ?? "not JSON"
                    return .failure(TransportFailure(kind: "walk", message: "page \(number) is not JSON; the walk is incomplete",
                                                     details: "page \(number) request: \(QueryString.encode(QueryString.items(of: request)))\n\(syntax)"))
                }
                findings += evaluation.response.map {
                    var finding = $0
                    finding.page = .number(number)
                    return finding
                }
                body = parsed
            }
        }
        findings += walk.finish(state, complete: complete).map { pageFinding($0, page: state.pages) }
        return .success(findings)
    }

    func pageFinding(_ failure: RuleFailure, page: Int) -> Finding {
        Finding(rule: PagingRule.key, path: .value(failure.path), message: failure.message, page: .walk,
                expected: failure.expected, actual: failure.actual, declaredAt: contract.location)
    }

    /// Splits findings into those a declared deviation covers and the rest; a declared deviation
    /// that covers nothing becomes a finding itself, so stale declarations do not linger.
    static func separate(_ findings: [Finding], declared: [Deviation]) -> (failures: [Finding], deviations: [Finding]) {
        var failures: [Finding] = []
        var covered: [Finding] = []
        var used = Set<Int>()
        for finding in findings {
            if let index = declared.firstIndex(where: { $0.covers(finding) }) {
                covered.append(finding)
                used.insert(index)
            } else {
                failures.append(finding)
            }
        }
        for (index, deviation) in declared.enumerated() where !used.contains(index) {
            failures.append(Finding(rule: CaseFindingKey.staleDeviation.key, path: deviation.path.map(FindingPath.pattern) ?? .root,
                                    message: "the declared deviation of '\(deviation.rule)' no longer occurs; remove it (\(deviation.reason))",
                                    expected: "a \(deviation.rule) finding", actual: "none", declaredAt: deviation.location))
        }
        return (failures, covered)
    }

    static func outcome(findings: [Finding], deviations: [Finding], declared: [Deviation]) -> CaseOutcome {
        if !findings.isEmpty { return .failed(findings) }
        if !deviations.isEmpty {
            let reasons = declared.map { "\($0.rule): \($0.reason)" }
            return .skipped(reason: "known deviation: " + reasons.joined(separator: "; "))
        }
        return .passed
    }
}
