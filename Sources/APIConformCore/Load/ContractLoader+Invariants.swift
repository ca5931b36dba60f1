/// Invariant declarations (`invariants: [{rule: sort_order, …}]`) and the check that every parameter
/// a rule binds to is declared in the contract's request.
extension ContractLoader {
    static let invariantCommonKeys = ["rule", "doc", "severity", "when", "unless"]
    /// `errors:` is an error_shape invariant without `rule` or conditions.
    static let errorKeys = ["doc", "severity"]

    func loadInvariants(_ node: YAMLNode?) -> [DeclaredInvariant] {
        guard let node else { return [] }
        guard case .sequence(let items) = node.kind else {
            sink.report("wrong_type", "'invariants' must be a list, found \(node.kindDescription)", at: node.location)
            return []
        }
        return items.compactMap { loadInvariant($0, sectionOf: nil) }
    }

    /// One invariant: an entry of `invariants:` naming its `rule:`, or (`sectionOf`) the section of
    /// its own that declares a rule such as `errors:`, which takes no `rule:`, `when:` or `unless:`.
    func loadInvariant(_ node: YAMLNode, sectionOf sectionRule: (any InvariantRule.Type)?) -> DeclaredInvariant? {
        let section = sectionRule?.section
        guard let reader = MappingReader(node, what: section.map { "'\($0)'" } ?? "invariant", sink: sink) else { return nil }
        let key = sectionRule?.key ?? reader.string("rule", required: true)
        guard let key else { return nil }
        guard let ruleType = RuleCatalog.invariant(named: key) else {
            let names = RuleCatalog.invariantRules.map { $0.key }
            let fieldRule = RuleCatalog.fieldRules.contains { $0.key == key || $0.fieldKeys.contains(key) }
            sink.report("unknown_rule", "unknown invariant rule '\(key)'", at: reader.location(of: "rule"),
                        hint: fieldRule ? "'\(key)' is a field rule: configure it on the field" : Suggestion.hint(for: key, in: names) ?? "rules: \(names.joined(separator: ", "))")
            return nil
        }
        reader.finish(allowed: (section == nil ? Self.invariantCommonKeys : Self.errorKeys) + ruleType.invariantKeys)
        guard let rule = ruleType.make(from: reader, sink: sink) else { return nil }
        return DeclaredInvariant(rule: rule, location: node.location, doc: reader.string("doc"), severity: readSeverity(reader),
                                 whenSent: reader.strings("when") ?? [], unlessSent: reader.strings("unless") ?? [])
    }

    /// Every parameter a rule binds to must be a declared request parameter (a dangling reference otherwise).
    func checkBindings(_ contract: Contract) {
        let declared = contract.request.fields.map(\.name)
        func check(_ names: [String], at location: SourceLocation) {
            for name in names where !declared.contains(name) {
                sink.report("dangling_reference", "parameter '\(name)' is not declared in the request of \(contract.operation)", at: location,
                            hint: Suggestion.hint(for: name, in: declared) ?? "declare it under 'request:'")
            }
        }
        for invariant in contract.invariants + (contract.errors.map { [$0] } ?? []) {
            check(invariant.rule.parameterNames + invariant.whenSent + invariant.unlessSent, at: invariant.location)
        }
        func walk(_ schema: FieldSchema) {
            for declared in schema.rules { check(declared.rule.parameterNames, at: declared.location) }
            schema.fields.forEach(walk)
            schema.items.map(walk)
        }
        walk(contract.response)
    }
}

extension ContractLoader {
    /// A rule configured so that it can never report is a load error, not silence.
    func checkNeverFires(_ contract: Contract) {
        for invariant in contract.invariants {
            guard let sort = invariant.rule as? SortOrderRule, let name = sort.direction.parameterName, let parameter = contract.parameter(name) else { continue }
            var values = parameter.rules.compactMap { $0.rule as? EnumRule }.flatMap(\.values)
            if let fallback = parameter.defaultValue.flatMap(ValueText.scalarText) { values.append(fallback) }
            for value in values where sort.direction(for: value) == nil {
                sink.report("never_fires", "sort_order reads its direction from \(name), but \(name)=\(value) is neither asc nor desc, so the order is never judged for it",
                            at: invariant.location, hint: "map it: directions: {\"\(value)\": desc} (or asc)")
            }
        }
    }
}
