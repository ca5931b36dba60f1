@testable import APIConformCore

/// Derives, for a declared field rule and a value that satisfies it, a replacement that breaks it.
enum FieldMutator {
    /// The replacement value (`.some(nil)` removes the member) and the path the finding must name.
    static func breaking(_ rule: any FieldRule, value: JSONValue?, at path: JSONPath, context: EvaluationContext) -> (replacement: JSONValue?, findingPath: JSONPath)? {
        switch rule {
        case let rule as TypeRule:
            let other: JSONValue
            switch rule.expected {
            case .string: other = .number(JSONNumber(literal: "12345"))
            // Query text that parses as the type is accepted on the request side, so break it with words there.
            case .integer: other = context.side == .request ? .string("twelve") : .number(JSONNumber(literal: "1.0"))
            case .number: other = context.side == .request ? .string("one and a half") : .string("1.5")
            case .boolean: other = .string("yes")
            case .object: other = .array([])
            case .array: other = .object(JSONObject(members: []))
            }
            return (other, path)
        case let rule as PresenceRule:
            if !rule.nullable { return (.null, path) }
            if rule.required { return (nil, path) }
            return nil
        case is EnumRule:
            return (value?.numberValue != nil ? .number(JSONNumber(literal: "987654")) : .string("__undocumented__"), path)
        case let rule as TimeFormatRule:
            return (.string(rule.format == .iso8601UTC ? "2021-01-08T16:52:04+08:00" : "2019-07-04T14:43:03Z"), path)
        case is NumericStringRule:
            return (.string("12 MB"), path)
        case is JSONStringRule:
            return (.string("[{"), path)
        case let rule as LengthRule:
            if let maximum = rule.maximum { return (.string(String(repeating: "x", count: Int(maximum) + 1)), path) }
            if let minimum = rule.minimum, minimum > 0 { return (.string(String(repeating: "x", count: Int(minimum) - 1)), path) }
            return nil
        case let rule as PatternRule:
            // The first candidate the pattern itself rejects: patterns differ in what they forbid.
            let candidates = ["bad value! ✗", " padded ", "", "x\n", "<>"].map(JSONValue.string)
            return candidates.first { !rule.check($0, at: path, in: context).isEmpty }.map { ($0, path) }
        case let rule as RangeRule:
            let outside = rule.maximum.map { $0 + 1 } ?? rule.exclusiveMaximum ?? rule.minimum.map { $0 - 1 } ?? rule.exclusiveMinimum
            guard let outside else { return nil }
            let literal = outside == outside.rounded() ? String(Int64(outside)) : String(outside)
            return (value?.stringValue != nil ? .string(literal) : .number(JSONNumber(literal: literal)), path)
        case let rule as ListCapRule:
            if let maximum = rule.maximum, let cap = context.resolve(maximum) {
                let element = value?.arrayValue?.first ?? .string("x")
                return (.array(Array(repeating: element, count: Int(cap) + 1)), path)
            }
            if let minimum = rule.minimum, minimum > 0 { return (.array([]), path) }
            return nil
        case let rule as DelimitedListRule:
            if let maxItems = rule.maxItems { return (.string((0...maxItems).map { "item\($0)" }.joined(separator: rule.separator)), path) }
            if let length = rule.maxItemLength { return (.string(String(repeating: "t", count: Int(length) + 1)), path) }
            return (.string("a\(rule.separator)\(rule.separator)b"), path)
        case let rule as UndocumentedFieldRule:
            guard rule.mode != .allow, var object = value?.objectValue else { return nil }
            object.members.append(.init(key: "ZzUndocumented", value: .number(JSONNumber(literal: "1"))))
            return (.object(object), path.appending("ZzUndocumented"))
        case is DuplicateKeyRule:
            guard var object = value?.objectValue else { return nil }
            let first = object.members.first ?? .init(key: "a", value: .null)
            if object.members.isEmpty { object.members.append(first) }
            object.members.append(first)
            object.duplicateKeys.append(first.key)
            return (.object(object), path.appending(first.key))
        default:
            return nil
        }
    }
}
