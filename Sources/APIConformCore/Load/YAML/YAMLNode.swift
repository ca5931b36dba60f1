/// A YAML node with its source position, as every loader sees it (Yams stays behind `YAMLDocument`).
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(YAMLScalar)
        case mapping([Entry])
        case sequence([YAMLNode])
    }

    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: YAMLNode
    }

    public var kind: Kind
    public var location: SourceLocation

    /// What a reader expected, in the words of an error message: "a mapping", "a list", "a string".
    public var kindDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s): return s.kindDescription
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }
}

/// A scalar with its YAML 1.2 core-schema resolution (`10` is an integer, `"10"` a string; `YAMLCoreSchema`).
public struct YAMLScalar: Sendable, Hashable {
    public enum Resolved: Sendable, Hashable {
        case null
        case bool(Bool)
        case integer(Int64)
        case float(Double)
        case string
    }

    public var text: String
    public var resolved: Resolved

    public var kindDescription: String {
        switch resolved {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer: return "an integer"
        case .float: return "a number"
        case .string: return "a string"
        }
    }

    /// The value as JSON, for request parameters written in YAML.
    public var jsonValue: JSONValue {
        switch resolved {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .integer(let i): return .number(JSONNumber(literal: String(i)))
        case .float(let d): return .number(JSONNumber(literal: text.hasPrefix("+") ? String(d) : text))
        case .string: return .string(text)
        }
    }
}

extension YAMLNode {
    /// Converts a YAML node to JSON (mappings to objects, in order), for request parameters and inline bodies.
    public var jsonValue: JSONValue {
        switch kind {
        case .scalar(let s): return s.jsonValue
        case .sequence(let items): return .array(items.map(\.jsonValue))
        case .mapping(let entries):
            return .object(JSONObject(members: entries.map { JSONObject.Member(key: $0.key, value: $0.value.jsonValue) }))
        }
    }
}
