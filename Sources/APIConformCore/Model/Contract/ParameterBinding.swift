/// A value a rule takes either as a constant or from a request parameter (with a default),
/// as in `max_items: 100` or `max_items: {param: MaxResults, default: 10}`.
public enum ParameterBinding<Value: Sendable & Equatable>: Sendable, Equatable {
    case constant(Value)
    case parameter(name: String, default: Value?)

    /// The parameter this binding reads, if any (checked against the contract's request at load).
    public var parameterName: String? {
        if case .parameter(let name, _) = self { return name }
        return nil
    }
}

extension ParameterBinding {
    /// Reads `N` or `{param: NAME, default: N}`; `scalar` converts a YAML node to the value.
    public static func read(
        _ node: YAMLNode, what: String, sink: DiagnosticSink, scalar: (YAMLNode) -> Value?
    ) -> ParameterBinding? {
        if case .mapping = node.kind {
            guard let reader = MappingReader(node, what: what, sink: sink) else { return nil }
            reader.finish(allowed: ["param", "default"])
            guard let name = reader.string("param", required: true) else { return nil }
            let fallback = reader["default"].flatMap(scalar)
            return .parameter(name: name, default: fallback)
        }
        return scalar(node).map { .constant($0) }
    }
}
