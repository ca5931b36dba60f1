@testable import APIConformCore

/// Plans, for every rule a contract declares, one derived exchange that breaks it — on the first
/// conforming recording where the rule's field or items occur.
struct MutationPlanner {
    let contract: Contract
    let exchanges: [ConformingExchange]

    func plan() -> [Mutation] {
        requestMutations() + responseFieldMutations() + invariantMutations()
    }

    func requestMutations() -> [Mutation] {
        guard let base = exchanges.first else { return [] }
        var mutations: [Mutation] = []
        let context = EvaluationContext(request: base.request, contract: contract, side: .request, status: 200)
        for parameter in contract.request.fields {
            let path = JSONPath.root.appending(parameter.name)
            for declared in parameter.rules {
                guard let (replacement, findingPath) = FieldMutator.breaking(declared.rule, value: base.request[parameter.name], at: path, context: context) else { continue }
                var request = base.request
                request.members.removeAll { $0.key == parameter.name }
                if let replacement { request.members.append(.init(key: parameter.name, value: replacement)) }
                mutations.append(Mutation(rule: type(of: declared.rule).key, side: .request, path: .value(findingPath), request: request,
                                          status: 200, body: base.body, what: "request \(parameter.name)"))
            }
            for declared in parameter.rules {
                guard let list = declared.rule as? DelimitedListRule else { continue }
                for (position, value) in Self.badItems(list, in: base.request[parameter.name]?.stringValue) {
                    var request = base.request
                    request.members.removeAll { $0.key == parameter.name }
                    request.members.append(.init(key: parameter.name, value: .string(value)))
                    mutations.append(Mutation(rule: DelimitedListRule.key, side: .request, path: .value(path), request: request,
                                              status: 200, body: base.body, what: "request \(parameter.name), bad \(position) item"))
                }
            }
        }
        if let undocumented = contract.request.rules.first(where: { $0.rule is UndocumentedFieldRule }) {
            var request = base.request
            request.members.append(.init(key: "ZzUnknownParameter", value: .string("x")))
            mutations.append(Mutation(rule: type(of: undocumented.rule).key, side: .request, path: "$.ZzUnknownParameter", request: request,
                                      status: 200, body: base.body, what: "request unknown parameter"))
        }
        return mutations
    }

    func responseFieldMutations() -> [Mutation] {
        var covered = Set<String>()
        var mutations: [Mutation] = []
        for exchange in exchanges {
            let context = EvaluationContext(request: exchange.request, contract: contract, side: .response, status: 200)
            Self.walk(contract.response, value: exchange.body, at: .root) { schema, value, path in
                guard let position = Self.position(of: path, in: exchange.body) else { return }
                for (index, declared) in schema.rules.enumerated() {
                    let key = "\(ObjectIdentifier(schema).hashValue)#\(index)#\(position)"
                    guard !covered.contains(key),
                          let (replacement, findingPath) = FieldMutator.breaking(declared.rule, value: value, at: path, context: context) else { continue }
                    covered.insert(key)
                    mutations.append(Mutation(rule: type(of: declared.rule).key, side: .response, path: .value(findingPath),
                                              request: exchange.request, status: 200, body: exchange.body.replacing(path, with: replacement),
                                              what: "\(exchange.caseName): \(path) (\(position))"))
                }
            }
        }
        return mutations
    }

    /// A delimited list with one bad item (empty, or longer than allowed) first, in the middle and last:
    /// the rule must read every item, not only the first or the whole text.
    static func badItems(_ rule: DelimitedListRule, in text: String?) -> [(position: String, value: String)] {
        var items = text.map { $0.components(separatedBy: rule.separator) } ?? []
        while items.count < 3 { items.append("item\(items.count)") }
        if let maxItems = rule.maxItems, items.count > maxItems { items = Array(items.prefix(Int(maxItems))) }
        guard items.count >= 3 else { return [] }
        let bad = rule.maxItemLength.map { String(repeating: "t", count: Int($0) + 1) } ?? ""
        return [("first", 0), ("middle", items.count / 2), ("last", items.count - 1)].map { position, index in
            var broken = items
            broken[index] = bad
            return (position, broken.joined(separator: rule.separator))
        }
    }

    /// Visits every declared field whose value is present.
    static func walk(_ schema: FieldSchema, value: JSONValue, at path: JSONPath, visit: (FieldSchema, JSONValue, JSONPath) -> Void) {
        if !path.components.isEmpty || schema.type == .object { visit(schema, value, path) }
        switch value {
        case .object(let object) where schema.type == .object:
            for field in schema.fields {
                if let child = object[field.name] { walk(field, value: child, at: path.appending(field.name), visit: visit) }
            }
        case .array(let items) where schema.type == .array:
            guard let element = schema.items else { return }
            for (index, item) in items.enumerated() { walk(element, value: item, at: path.appending(index: index), visit: visit) }
        default:
            return
        }
    }

    /// The kind of position a path has in its lists: `first` (every index 0, or no list), `last` (the
    /// innermost list's last item, the outer ones first), nil for any other; a rule is broken once at each.
    static func position(of path: JSONPath, in body: JSONValue) -> String? {
        var prefix = JSONPath.root
        var label = "first"
        for (offset, component) in path.components.enumerated() {
            if case .index(let index) = component, index > 0 {
                let count = prefix.value(in: body)?.arrayValue?.count ?? 0
                let innermost = !path.components[(offset + 1)...].contains { if case .index = $0 { true } else { false } }
                guard innermost, index == count - 1, label == "first" else { return nil }
                label = "last"
            }
            prefix = JSONPath(Array(path.components[...offset]))
        }
        return label
    }

    func invariantMutations() -> [Mutation] {
        var mutations: [Mutation] = []
        for invariant in contract.invariants + (contract.errors.map { [$0] } ?? []) {
            for exchange in exchanges {
                guard let derived = InvariantMutator.breaking(invariant, exchange: exchange, contract: contract) else { continue }
                mutations.append(Mutation(rule: type(of: invariant.rule).key, side: .response, path: .value(derived.findingPath), request: derived.request,
                                          status: derived.status, body: derived.body, what: "\(exchange.caseName): \(invariant.location)"))
                break
            }
        }
        return mutations
    }
}
