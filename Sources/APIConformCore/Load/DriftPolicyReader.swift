/// Reads a `drift:` policy (top level of `cases/targets.yaml`, or inside one target) on top of a base:
///
/// ```yaml
/// drift:
///   breaking: fail        # type, format, removal, null, closed enum, cap (default fail)
///   additive: warn        # new field, new value of an open enum (default warn)
///   fields:               # first match wins, before the two defaults
///     - {path: "$.MediaInfos[*].MediaBasicInfo.Snapshots", kinds: [type_change], action: warn}
///     - {operation: vod.BatchGetMediaInfos, path: "$.MediaInfos[*].Mezzanine.*", action: fail}
/// ```
struct DriftPolicyReader {
    static let keys = ["breaking", "additive", "fields"]
    static let fieldKeys = ["operation", "path", "kinds", "action"]
    let sink: DiagnosticSink

    func read(_ node: YAMLNode, over base: DriftPolicy) -> DriftPolicy {
        guard let reader = MappingReader(node, what: "'drift'", sink: sink) else { return base }
        reader.finish(allowed: Self.keys)
        var policy = base
        policy.breaking = action(reader, "breaking") ?? base.breaking
        policy.additive = action(reader, "additive") ?? base.additive
        if let fields = reader["fields"] {
            guard case .sequence(let items) = fields.kind else {
                sink.report("wrong_type", "'fields' must be a list, found \(fields.kindDescription)", at: fields.location)
                return policy
            }
            // A target's own overrides come before the file-wide ones.
            policy.fields = items.compactMap(fieldOverride) + base.fields
        }
        return policy
    }

    func fieldOverride(_ node: YAMLNode) -> DriftPolicy.FieldOverride? {
        guard let reader = MappingReader(node, what: "drift field", sink: sink) else { return nil }
        reader.finish(allowed: Self.fieldKeys)
        guard let pathText = reader.string("path", required: true), reader.require("action") != nil,
              let path = YAMLValue.pathPattern(pathText, at: reader.location(of: "path"), sink: sink),
              let action = action(reader, "action") else { return nil }
        var kinds: [DriftKind] = []
        if let node = reader["kinds"] {
            guard case .sequence(let items) = node.kind else {
                sink.report("wrong_type", "'kinds' must be a list of drift kinds, found \(node.kindDescription)", at: node.location)
                return nil
            }
            // Each kind is named where it is written.
            kinds = items.compactMap { item in
                YAMLValue.string(item, what: "a drift kind", sink: sink).flatMap { DriftKindReader.kind($0, at: item.location, sink: sink) }
            }
        }
        return DriftPolicy.FieldOverride(operation: reader.string("operation"), path: path, kinds: kinds, action: action, location: node.location)
    }

    func action(_ reader: MappingReader, _ key: String) -> DriftPolicy.Action? {
        guard let text = reader.string(key) else { return nil }
        if let action = DriftPolicy.Action(rawValue: text) { return action }
        let names = DriftPolicy.Action.allCases.map(\.rawValue)
        sink.report("unknown_value", "\(key) must be fail or warn, not '\(text)'", at: reader.location(of: key), hint: Suggestion.hint(for: text, in: names))
        return nil
    }
}
