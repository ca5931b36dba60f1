/// Reads one YAML mapping field by field, reporting wrong types and, at `finish`, unknown keys
/// with a "did you mean" — the one place that turns YAML shapes into diagnostics.
public struct MappingReader {
    public let node: YAMLNode
    public let entries: [YAMLNode.Entry]
    let sink: DiagnosticSink
    /// What this mapping is, for messages: "case", "field 'MaxResults'".
    let what: String

    /// Nil (with a diagnostic) when `node` is not a mapping.
    public init?(_ node: YAMLNode, what: String, sink: DiagnosticSink) {
        guard case .mapping(let entries) = node.kind else {
            sink.report("wrong_type", "\(what) must be a mapping, found \(node.kindDescription)", at: node.location,
                        hint: "write it as 'key: value' lines indented below, or as {key: value}")
            return nil
        }
        self.node = node
        self.entries = entries
        self.sink = sink
        self.what = what
    }

    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    public func has(_ key: String) -> Bool { self[key] != nil }

    /// Reports every key not in `allowed`, with the closest allowed key as the hint.
    public func finish(allowed: [String]) {
        for entry in entries where !allowed.contains(entry.key) {
            sink.report("unknown_key", "unknown key '\(entry.key)' in \(what)", at: entry.keyLocation,
                        hint: Suggestion.hint(for: entry.key, in: allowed) ?? "allowed keys: \(allowed.joined(separator: ", "))")
        }
    }

    /// Reports a missing required key at the mapping itself.
    public func require(_ key: String) -> YAMLNode? {
        if let value = self[key] { return value }
        sink.report("missing_key", "\(what) needs '\(key)'", at: node.location, hint: "add '\(key): …' to the \(what)")
        return nil
    }

    public func string(_ key: String, required: Bool = false) -> String? {
        guard let value = required ? require(key) : self[key] else { return nil }
        return YAMLValue.string(value, what: "'\(key)'", sink: sink)
    }

    public func integer(_ key: String) -> Int64? {
        self[key].flatMap { YAMLValue.integer($0, what: "'\(key)'", sink: sink) }
    }

    public func number(_ key: String) -> Double? {
        self[key].flatMap { YAMLValue.number($0, what: "'\(key)'", sink: sink) }
    }

    public func bool(_ key: String) -> Bool? {
        self[key].flatMap { YAMLValue.bool($0, what: "'\(key)'", sink: sink) }
    }

    public func strings(_ key: String) -> [String]? {
        self[key].flatMap { YAMLValue.strings($0, what: "'\(key)'", sink: sink) }
    }

    /// Where the value of `key` starts (what most diagnostics are about), else the mapping itself.
    public func location(of key: String) -> SourceLocation {
        entries.first { $0.key == key }?.value.location ?? node.location
    }
}

/// Scalar conversions with a `wrong_type` diagnostic on mismatch.
public enum YAMLValue {
    public static func string(_ node: YAMLNode, what: String, sink: DiagnosticSink) -> String? {
        guard let scalar = node.scalar, scalar.resolved != .null else {
            sink.report("wrong_type", "\(what) must be a string, found \(node.kindDescription)", at: node.location,
                        hint: node.scalar == nil ? "write one value here, quoted if it holds ':' or '#'" : "write a value after the colon ('' for an empty string)")
            return nil
        }
        return scalar.text
    }

    public static func integer(_ node: YAMLNode, what: String, sink: DiagnosticSink) -> Int64? {
        guard case .integer(let value)? = node.scalar?.resolved else {
            sink.report("wrong_type", "\(what) must be an integer, found \(node.kindDescription)", at: node.location,
                        hint: node.scalar.map { "write a whole number without quotes instead of '\($0.text)'" })
            return nil
        }
        return value
    }

    public static func number(_ node: YAMLNode, what: String, sink: DiagnosticSink) -> Double? {
        switch node.scalar?.resolved {
        case .integer(let value)?: return Double(value)
        case .float(let value)?: return value
        default:
            sink.report("wrong_type", "\(what) must be a number, found \(node.kindDescription)", at: node.location,
                        hint: "write a number without quotes")
            return nil
        }
    }

    public static func bool(_ node: YAMLNode, what: String, sink: DiagnosticSink) -> Bool? {
        guard case .bool(let value)? = node.scalar?.resolved else {
            sink.report("wrong_type", "\(what) must be true or false, found \(node.kindDescription)", at: node.location,
                        hint: "write true or false without quotes")
            return nil
        }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one.
    public static func strings(_ node: YAMLNode, what: String, sink: DiagnosticSink) -> [String]? {
        switch node.kind {
        case .scalar: return string(node, what: what, sink: sink).map { [$0] }
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                guard let text = string(item, what: "each item of \(what)", sink: sink) else { return nil }
                result.append(text)
            }
            return result
        case .mapping:
            sink.report("wrong_type", "\(what) must be a list of strings, found a mapping", at: node.location,
                        hint: "write [a, b] or one '- item' line per string")
            return nil
        }
    }
}

extension YAMLValue {
    /// A JSONPath pattern written in a YAML file, or nil with an `invalid_path` diagnostic.
    public static func pathPattern(_ text: String, at location: SourceLocation, sink: DiagnosticSink) -> JSONPathPattern? {
        do {
            return try JSONPathPattern(parsing: text)
        } catch {
            sink.report("invalid_path", "'\(text)' is not a JSONPath: \(error.message)", at: location, hint: "write it like $.MediaInfos[*].MediaId")
            return nil
        }
    }
}
