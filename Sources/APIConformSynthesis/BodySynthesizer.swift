import APIConformCore

/// Builds conforming request/response pairs from a contract alone: every declared field present,
/// values chosen to satisfy its rules, then the invariants (order, relations, paging, partitions)
/// settled. The benchmarks' recording generator uses it, and a test holds it to zero findings.
public struct BodySynthesizer: Sendable {
    public let contract: Contract
    /// Items per top-level list; nested lists get two.
    public let pageSize: Int
    /// Varies ids and times between generated exchanges.
    public let seed: Int
    /// Where the sorted times start (seconds since 1970); consecutive pages of a walk step it down.
    public let timeBase: Int64

    public init(contract: Contract, pageSize: Int, seed: Int = 0, timeBase: Int64 = ScalarSynthesizer.epoch) {
        self.contract = contract
        self.pageSize = pageSize
        self.seed = seed
        self.timeBase = timeBase
    }

    /// A request that asks for `pageSize` items (every list cap bound to a parameter is set to it).
    public func request() -> JSONObject {
        var members: [JSONObject.Member] = []
        for (name, _) in boundCaps() where contract.parameter(name) != nil {
            members.append(.init(key: name, value: .number(JSONNumber(literal: String(pageSize)))))
        }
        return JSONObject(members: members)
    }

    /// The response body for `request`, with the invariants settled.
    public func response(for request: JSONObject) -> (request: JSONObject, body: JSONValue) {
        var counter = Counter(base: seed &* 1_000_003)
        var body = value(for: contract.response, depth: 0, counter: &counter)
        var request = request
        for invariant in contract.invariants where invariant.applies(in: EvaluationContext(request: request, contract: contract, side: .response, status: 200)) {
            InvariantSettler.settle(invariant.rule, body: &body, request: &request, contract: contract, timeBase: timeBase)
        }
        return (request, body)
    }

    func boundCaps() -> [(String, Int64)] {
        var caps: [(String, Int64)] = []
        func walk(_ schema: FieldSchema) {
            for declared in schema.rules {
                if let cap = declared.rule as? ListCapRule, let name = cap.maximum?.parameterName { caps.append((name, Int64(pageSize))) }
            }
            schema.fields.forEach(walk)
            schema.items.map(walk)
        }
        walk(contract.response)
        return caps
    }

    struct Counter {
        var base: Int
        var next = 0
        mutating func take() -> Int {
            next += 1
            return base &+ next
        }
    }

    func value(for schema: FieldSchema, depth: Int, counter: inout Counter) -> JSONValue {
        switch schema.type {
        case .object?:
            return .object(JSONObject(members: schema.fields.map { .init(key: $0.name, value: value(for: $0, depth: depth + 1, counter: &counter)) }))
        case .array?:
            guard let items = schema.items else { return .array([]) }
            let count = depth <= 1 ? pageSize : 2
            return .array((0..<count).map { _ in value(for: items, depth: depth + 1, counter: &counter) })
        default:
            return ScalarSynthesizer.value(for: schema, serial: counter.take())
        }
    }
}
