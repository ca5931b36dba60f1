import APIConformCore
import Foundation

/// The loopback stand-in's logic: route a provider-shaped request to its operation, verify its
/// signature as the provider would, apply the fault plan, and answer from the recordings (or from
/// another `AnswerSource`, such as a synthetic account).
public actor StandIn {
    let contracts: [Contract]
    let router: RequestRouter
    let answers: any AnswerSource
    let verifier: any SignatureVerifying
    let plan: FaultPlan
    var requests = 0
    var perOperation: [String: Int] = [:]
    var recent: [ContinuousClock.Instant] = []
    var seenNonces: Set<String> = []
    /// Requests answered with a throttling error (for tests and the benchmark).
    public private(set) var throttled = 0

    public init(contracts: [Contract], recordings: RecordingIndex, verifier: any SignatureVerifying, plan: FaultPlan = FaultPlan()) {
        self.init(contracts: contracts, answers: recordings, verifier: verifier, plan: plan)
    }

    public init(contracts: [Contract], answers: any AnswerSource, verifier: any SignatureVerifying, plan: FaultPlan = FaultPlan()) {
        self.contracts = contracts
        router = RequestRouter(contracts: contracts)
        self.answers = answers
        self.verifier = verifier
        self.plan = plan
    }

    public var requestCount: Int { requests }

    public func respond(_ request: StandInRequest) -> StandInResponse {
        requests += 1
        guard let route = ProviderRoute.resolve(request, router: router) else {
            return ProviderErrors.body(provider: Providers.claiming(path: request.path).name, status: 404,
                                       code: "InvalidAction.NotFound", message: "The stand-in knows no operation for \(request.method) \(request.path)")
        }
        let operation = route.contract.operation
        let provider = route.contract.provider
        perOperation[operation, default: 0] += 1
        var response = answer(request, route: route)
        if let limit = plan.rateLimit, overLimit(limit) {
            throttled += 1
            response = ProviderErrors.throttled(provider: provider)
        } else if let fault = plan.fault(forRequest: requests, operationRequest: perOperation[operation] ?? 0, operation: operation) {
            switch fault {
            case .throttle:
                throttled += 1
                response = ProviderErrors.throttled(provider: provider, retryAfter: plan.retryAfterSeconds)
            case .error500: response = ProviderErrors.internalError(provider: provider)
            case .reset: response.fault = .reset
            case .truncate: response.fault = .truncate
            case .slow: response.delay += plan.slowSeconds
            }
        }
        response.delay += plan.latency
        return response
    }

    func answer(_ request: StandInRequest, route: ProviderRoute) -> StandInResponse {
        let provider = route.contract.provider
        switch verifier.verify(request, contract: route.contract) {
        case .rejected(let failure):
            return ProviderErrors.answer(provider: provider, failure)
        case .accepted(let nonce, _):
            // A replayed nonce is refused as the providers do; every retry must sign afresh.
            if let nonce, !seenNonces.insert(nonce).inserted {
                return ProviderErrors.body(provider: provider, status: 400, code: "SignatureNonceUsed", message: "Specified signature nonce was used already.")
            }
        }
        return answers.answer(route)
    }

    /// A one-second sliding window, as provider gateways count.
    func overLimit(_ limit: Double) -> Bool {
        let now = ContinuousClock.now
        recent.removeAll { $0 < now - .seconds(1) }
        recent.append(now)
        return Double(recent.count) > limit
    }
}
