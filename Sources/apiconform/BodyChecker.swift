import APIConformCore

/// The per-body work of `check`, for any number of bodies: the contract, its evaluators and the
/// finding policy are made once, so the thousandth body costs what its check costs and no more. A
/// class: every input of a batch carries its checker, and copying the struct (two evaluators and
/// the policy) was a fifth of the check of a clean body.
final class BodyChecker: Sendable {
    let operation: String
    let judge: FindingPolicy
    let withRequest: ContractEvaluator
    /// Without a request, rules that read one do not run (`check` without `--request`).
    let withoutRequest: ContractEvaluator
    /// What a body without a request does not get checked for, listed beside its findings — the
    /// same list for every body of the operation, so rendered once, in the output's format.
    let requestBound: [ContractEvaluator.RequestBoundRule]
    let skippedRendered: String

    init(contract: Contract, judge: FindingPolicy, render: ([ContractEvaluator.RequestBoundRule]) -> String) {
        operation = contract.operation
        self.judge = judge
        withRequest = ContractEvaluator(contract: contract, requestKnown: true)
        withoutRequest = ContractEvaluator(contract: contract, requestKnown: false)
        requestBound = withoutRequest.requestBoundRules()
        skippedRendered = render(requestBound)
    }

    struct Checked: Sendable {
        var judged: [(Finding, FindingPolicy.Outcome)]
        var skipped: [ContractEvaluator.RequestBoundRule]
    }

    func check(_ input: CheckInput) -> Checked {
        let evaluator = input.request == nil ? withoutRequest : withRequest
        let request = input.request ?? JSONObject(members: [])
        let findings: [Finding]
        switch input.body {
        case .bytes(let bytes): findings = evaluator.evaluate(Exchange(status: input.status, headers: [], body: bytes), request: request).findings
        case .parsed(let body): findings = evaluator.evaluate(status: input.status, body: body, request: request).findings
        case .oversized: findings = (input.request == nil ? [] : evaluator.checkRequest(request)) + [InputLimitRule.oversizedBody()]
        }
        let skipped = input.request == nil && (200..<300).contains(input.status) ? requestBound : []
        return Checked(judged: findings.map { ($0, judge.judge($0, operation: operation, source: "check").0) }, skipped: skipped)
    }
}
