/// Applies a contract to one exchange: the request before it is sent, the response after.
///
/// The evaluator knows nothing of providers: it walks the declared field tree, runs each declared
/// rule, and turns `RuleFailure`s into `Finding`s carrying the rule key, severity, declaration and doc.
public struct ContractEvaluator: Sendable {
    public let contract: Contract
    /// False when the request is not known (`check` without `--request`): rules that read a request
    /// parameter do not run, rather than judging the body against defaults the client may not have used.
    public let requestKnown: Bool

    public init(contract: Contract, requestKnown: Bool = true) {
        self.contract = contract
        self.requestKnown = requestKnown
    }

    /// A rule that reads the request, named for the "skipped without --request" note.
    public struct RequestBoundRule: Sendable, Hashable {
        public var rule: String
        /// The response path a field rule is declared on; nil for an invariant.
        public var path: String?
        public var parameters: [String]
        public var declaredAt: SourceLocation
    }

    /// The response rules that read a request parameter: what does not run when the request is unknown.
    public func requestBoundRules() -> [RequestBoundRule] {
        var bound: [RequestBoundRule] = []
        func walk(_ schema: FieldSchema, path: String) {
            for declared in schema.rules where !declared.rule.parameterNames.isEmpty {
                bound.append(RequestBoundRule(rule: type(of: declared.rule).key, path: path,
                                              parameters: declared.rule.parameterNames, declaredAt: declared.location))
            }
            for field in schema.fields { walk(field, path: path + JSONPath([.key(field.name)]).description.dropFirst()) }
            if let items = schema.items { walk(items, path: path + "[*]") }
        }
        walk(contract.response, path: "$")
        for invariant in contract.invariants where !invariant.parameterNames.isEmpty && !type(of: invariant.rule).checksRequest {
            bound.append(RequestBoundRule(rule: type(of: invariant.rule).key, path: nil, parameters: invariant.parameterNames,
                                          declaredAt: invariant.location))
        }
        return bound
    }

    /// The one evaluation entry point: parses the body once and checks the request (when it is known),
    /// the response and, given one, the case's expectations against that one parsed value.
    public func evaluate(_ exchange: Exchange, request: JSONObject, expecting expectation: Expectation? = nil) -> Evaluation {
        var evaluation: Evaluation
        switch parse(exchange.body) {
        case .success(let parsed): evaluation = evaluate(status: exchange.status, body: parsed, request: request)
        case .failure(let syntax): evaluation = Evaluation(body: nil, request: requestKnown ? checkRequest(request) : [], response: [syntax.finding])
        }
        if let expectation {
            evaluation.expectations = ExpectationCheck(expectation: expectation, contract: contract, request: request).check(exchange, body: evaluation.body)
        }
        return evaluation
    }

    /// The same for a body already parsed (an NDJSON envelope's `body` member, read with its line).
    public func evaluate(status: Int, body: JSONValue, request: JSONObject) -> Evaluation {
        Evaluation(body: body, request: requestKnown ? checkRequest(request) : [], response: checkResponse(status: status, body: body, request: request))
    }

    /// A body that is not JSON (or past a JSON limit), as its `json_syntax` (or `input_limit`) finding.
    struct SyntaxFailure: Error {
        var finding: Finding
    }

    func parse(_ bytes: [UInt8]) -> Result<JSONValue, SyntaxFailure> {
        do {
            return .success(try JSONReader().parse(bytes))
        } catch {
            // A body past a documented limit is answered by that limit, not mistaken for broken JSON.
            if error.limit != nil {
                return .failure(SyntaxFailure(finding: finding(InputLimitRule.failure(for: error), rule: InputLimitRule.key, severity: .violation, side: .response, declaredAt: nil, doc: nil)))
            }
            let failure = JSONSyntaxRule.failure(for: error)
            return .failure(SyntaxFailure(finding: finding(failure, rule: JSONSyntaxRule.key, severity: .violation, side: .response, declaredAt: nil, doc: nil)))
        }
    }

    /// Request findings: caps, formats, enums and unknown parameters, before anything is sent.
    public func checkRequest(_ request: JSONObject) -> [Finding] {
        let context = EvaluationContext(request: request, contract: contract, side: .request, status: 0)
        var findings: [Finding] = []
        walk(contract.request, value: .object(request), at: .root, context: context, into: &findings)
        for invariant in contract.invariants where type(of: invariant.rule).checksRequest && invariant.applies(in: context) {
            apply(invariant, to: .object(request), context: context, into: &findings)
        }
        return findings
    }

    /// Response findings for a raw body: syntax, then the success schema and invariants (2xx) or the error shape.
    public func checkResponse(status: Int, body: [UInt8], request: JSONObject) -> [Finding] {
        switch parse(body) {
        case .success(let parsed): return checkResponse(status: status, body: parsed, request: request)
        case .failure(let syntax): return [syntax.finding]
        }
    }

    public func checkResponse(status: Int, body: JSONValue, request: JSONObject) -> [Finding] {
        let context = EvaluationContext(request: request, contract: contract, side: .response, status: status)
        var findings: [Finding] = []
        let success = (200..<300).contains(status)
        if success {
            walk(contract.response, value: body, at: .root, context: context, into: &findings)
            // In place, as the walk reads field rules: a copy of each invariant's existential per body adds up.
            contract.invariants.withUnsafeBufferPointer { invariants in
                for index in invariants.indices where !type(of: invariants[index].rule).checksRequest && invariants[index].applies(in: context)
                && (requestKnown || invariants[index].parameterNames.isEmpty) {
                    apply(invariants[index], to: body, context: context, into: &findings)
                }
            }
        }
        if let errors = contract.errors {
            apply(errors, to: body, context: context, into: &findings)
        }
        return findings
    }

    func apply(_ invariant: DeclaredInvariant, to body: JSONValue, context: EvaluationContext, into findings: inout [Finding]) {
        let key = type(of: invariant.rule).key
        for failure in invariant.rule.check(body, in: context) {
            findings.append(finding(failure, rule: key, severity: invariant.severity, side: context.side, declaredAt: invariant.location, doc: invariant.doc))
        }
    }

    func walk(_ schema: FieldSchema, value: JSONValue?, at path: JSONPath, context: EvaluationContext, into findings: inout [Finding]) {
        var stack = path.components
        walk(schema, value: value, stack: &stack, context: context, into: &findings)
    }

    /// Walks with one mutable path: a `JSONPath` value is only materialised (and kept) when a rule fails.
    func walk(_ schema: FieldSchema, value: JSONValue?, stack: inout [JSONPath.Component], context: EvaluationContext, into findings: inout [Finding]) {
        // Rules are read in place through the buffer: copying each rule's existential (and its
        // declaration) for every value walked was a fifth of a check's reference counting.
        schema.rules.withUnsafeBufferPointer { rules in
            for index in rules.indices where requestKnown || !rules[index].readsRequest {
                let failures = rules[index].rule.check(value, at: JSONPath(stack), in: context)
                if failures.isEmpty { continue }
                let key = type(of: rules[index].rule).key
                for failure in failures {
                    findings.append(finding(failure, rule: key, severity: rules[index].severity, side: context.side,
                                            declaredAt: rules[index].location, doc: rules[index].doc))
                }
            }
        }
        guard let value else { return }
        switch value {
        case .object(let object) where schema.type == .object:
            // Members in document order, each once; absent members matter only where required.
            let fieldCount = schema.fields.count
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: fieldCount) { seen in
                seen.initialize(repeating: false)
                for member in object.members {
                    guard let index = schema.fieldIndex.index(of: member.key, hash: member.keyHash), !seen[index] else { continue }
                    seen[index] = true
                    stack.append(.key(member.key))
                    walk(schema.fields[index], value: member.value, stack: &stack, context: context, into: &findings)
                    stack.removeLast()
                }
                for index in schema.requiredFields where !seen[index] {
                    stack.append(.key(schema.fields[index].name))
                    walk(schema.fields[index], value: nil, stack: &stack, context: context, into: &findings)
                    stack.removeLast()
                }
            }
        case .array(let elements) where schema.type == .array:
            guard let items = schema.items else { return }
            for (index, element) in elements.enumerated() {
                stack.append(.index(index))
                walk(items, value: element, stack: &stack, context: context, into: &findings)
                stack.removeLast()
            }
        default:
            return
        }
    }

    func finding(_ failure: RuleFailure, rule: String, severity: Severity, side: FindingSide, declaredAt: SourceLocation?, doc: String?) -> Finding {
        // Requests are ours, not the provider's: only response findings are drift.
        Finding(rule: rule, severity: severity, side: side, path: .value(failure.path), message: failure.message,
                expected: failure.expected, actual: failure.actual, declaredAt: declaredAt, doc: doc,
                drift: side == .response ? failure.drift : nil)
    }
}
