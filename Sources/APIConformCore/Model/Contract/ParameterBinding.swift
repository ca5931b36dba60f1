/// A value a rule takes either as a constant or from a request parameter (with a default),
/// as in `max_items: 100` or `max_items: {param: MaxResults, default: 10}`.
/// `ignored_when: [asset_id]` says what the doc says in "size is invalid when asset_id is specified":
/// when one of those parameters is sent the binding takes `then:` (Huawei: at most 10 assets), or has
/// no value at all, so the rule it configures does not apply.
// Equatable is a conditional conformance, not a constraint on Value: instantiating the type's
// metadata then needs no conformance lookup, which scans every conformance in the binary.
public enum ParameterBinding<Value: Sendable>: Sendable {
    case constant(Value)
    case parameter(name: String, default: Value?, ignoredWhen: [String], then: Value?)

    /// The parameter this binding reads, if any (checked against the contract's request at load).
    public var parameterName: String? {
        if case .parameter(let name, _, _, _) = self { return name }
        return nil
    }

    /// Every request parameter the binding reads: its own and those that make it ignored.
    public var parameterNames: [String] {
        if case .parameter(let name, _, let ignoredWhen, _) = self { return [name] + ignoredWhen }
        return []
    }

    public static func parameter(name: String, default fallback: Value?) -> ParameterBinding {
        .parameter(name: name, default: fallback, ignoredWhen: [], then: nil)
    }
}

extension ParameterBinding: Equatable where Value: Equatable {}

extension ParameterBinding {
    /// Reads `N` or `{param: NAME, default: N, ignored_when: [P, …], then: N}`; `scalar` converts a YAML node to the value.
    public static func read(
        _ node: YAMLNode, what: String, sink: DiagnosticSink, scalar: (YAMLNode) -> Value?
    ) -> ParameterBinding? {
        if case .mapping = node.kind {
            guard let reader = MappingReader(node, what: what, sink: sink) else { return nil }
            reader.finish(allowed: ["param", "default", "ignored_when", "then"])
            guard let name = reader.string("param", required: true) else { return nil }
            let fallback = reader["default"].flatMap(scalar)
            let ignoredWhen = reader.strings("ignored_when") ?? []
            if reader.has("then") && ignoredWhen.isEmpty {
                sink.report("never_fires", "'then' is read only with 'ignored_when'", at: reader.location(of: "then"), hint: "add ignored_when: [PARAM] or drop 'then'")
            }
            return .parameter(name: name, default: fallback, ignoredWhen: ignoredWhen, then: reader["then"].flatMap(scalar))
        }
        return scalar(node).map { .constant($0) }
    }
}
