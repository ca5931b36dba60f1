/// Field declarations: `Name: {type: string, enum: [...], doc: "..."}`, nested with `fields:` and `items:`.
extension ContractLoader {
    static var fieldKeys: [String] {
        structuralKeys + RuleCatalog.fieldRules.flatMap { $0.fieldKeys }
    }

    func loadField(name: String, node: YAMLNode, inherited: String?, defaultMode: UndocumentedFieldRule.Mode, impliedType: FieldType?) -> FieldSchema? {
        // Shorthand: `RequestId: string` is `RequestId: {type: string}`.
        if case .scalar(let scalar) = node.kind {
            let mapping = YAMLNode(kind: .mapping([YAMLNode.Entry(key: "type", keyLocation: node.location, value: YAMLNode(kind: .scalar(scalar), location: node.location))]),
                                   location: node.location)
            return loadField(name: name, node: mapping, inherited: inherited, defaultMode: defaultMode, impliedType: impliedType)
        }
        let what = name == "$" ? "the response" : "field '\(name)'"
        guard let reader = MappingReader(node, what: what, sink: sink) else { return nil }
        reader.finish(allowed: Self.fieldKeys)
        var type = impliedType
        if let text = reader.string("type") {
            type = FieldType(rawValue: text)
            if type == nil {
                sink.report("unknown_value", "unknown type '\(text)'", at: reader.location(of: "type"),
                            hint: Suggestion.hint(for: text, in: FieldType.allCases.map(\.rawValue)) ?? "use string, integer, number, boolean, object or array")
            }
        }
        if type == nil && reader.has("fields") { type = .object }
        let doc = reader.string("doc") ?? inherited
        let severity = readSeverities(reader)
        var rules: [DeclaredFieldRule] = []
        for ruleType in RuleCatalog.fieldRules {
            let used = ruleType.fieldKeys.contains(where: reader.has)
            switch ruleType.scope {
            case .everyObject: continue
            case .declared where !used: continue
            case .declared, .everyField:
                if let rule = ruleType.make(from: reader, type: type, sink: sink) {
                    let location = ruleType.fieldKeys.first(where: reader.has).map(reader.location(of:)) ?? node.location
                    rules.append(DeclaredFieldRule(rule: rule, location: location, doc: doc, severity: severity.for(ruleType)))
                }
            }
        }
        let defaultValue = reader["default"]?.jsonValue
        switch type {
        case .object?:
            var children: [FieldSchema] = []
            if let fieldsNode = reader["fields"], let fields = MappingReader(fieldsNode, what: "'fields' of \(what)", sink: sink) {
                children = fields.entries.compactMap { loadField(name: $0.key, node: $0.value, inherited: nil, defaultMode: defaultMode, impliedType: nil) }
            }
            let mode = reader.string("additional_fields").flatMap(UndocumentedFieldRule.Mode.init(rawValue:)) ?? defaultMode
            return objectSchema(name: name, location: node.location, doc: doc, fields: children, mode: mode, rules: rules)
        case .array?:
            let items = reader["items"].flatMap { loadField(name: name, node: $0, inherited: nil, defaultMode: defaultMode, impliedType: nil) }
            return FieldSchema(name: name, location: node.location, doc: doc, type: .array, rules: rules, fields: [], items: items, defaultValue: defaultValue)
        default:
            for key in ["fields", "items"] where reader.has(key) {
                sink.report("wrong_type", "'\(key)' needs type \(key == "fields" ? "object" : "array")", at: reader.location(of: key))
            }
            return FieldSchema(name: name, location: node.location, doc: doc, type: type, rules: rules, fields: [], items: nil, defaultValue: defaultValue)
        }
    }

    /// `severity: suspicious` for the field's judgement rules (never its shape rules, see
    /// `takesFieldSeverity`), or `severity: {pattern: suspicious}` per rule key.
    struct Severities {
        var all: Severity
        var byRule: [String: Severity]
        func `for`(_ rule: any FieldRule.Type) -> Severity {
            byRule[rule.key] ?? (rule.takesFieldSeverity ? all : .violation)
        }
    }

    func readSeverities(_ reader: MappingReader) -> Severities {
        guard let node = reader["severity"] else { return Severities(all: .violation, byRule: [:]) }
        guard case .mapping(let entries) = node.kind else { return Severities(all: readSeverity(reader), byRule: [:]) }
        let keys = RuleCatalog.fieldRules.map { $0.key }
        var byRule: [String: Severity] = [:]
        for entry in entries {
            if !keys.contains(entry.key) {
                sink.report("unknown_rule", "unknown rule '\(entry.key)' in 'severity'", at: entry.keyLocation, hint: Suggestion.hint(for: entry.key, in: keys))
            }
            if let severity = severity(entry.value) { byRule[entry.key] = severity }
        }
        return Severities(all: .violation, byRule: byRule)
    }

    func readSeverity(_ reader: MappingReader) -> Severity {
        reader["severity"].flatMap(severity) ?? .violation
    }

    func severity(_ node: YAMLNode) -> Severity? {
        guard let text = YAMLValue.string(node, what: "'severity'", sink: sink) else { return nil }
        guard let severity = Severity(rawValue: text) else {
            sink.report("unknown_value", "unknown severity '\(text)'", at: node.location,
                        hint: "use \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return severity
    }
}
