@testable import APIConformCore

/// Conforming variants of a conforming exchange: each optional scalar member dropped from the first
/// object that has it. They must stay quiet, except for rules that read that very member as an
/// item's identity or filter value (an item without the filtered key cannot have matched).
enum ConformingVariants {
    struct Variant {
        var what: String
        var body: JSONValue
        var dropped: String
    }

    static func optionalMembersDropped(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        var variants: [Variant] = []
        func walk(_ schema: FieldSchema, value: JSONValue, path: JSONPath) {
            switch value {
            case .object(let object) where schema.type == .object:
                for field in schema.fields {
                    guard let member = object[field.name] else { continue }
                    let memberPath = path.appending(field.name)
                    let required = field.rules.contains { ($0.rule as? PresenceRule)?.required == true }
                    if !required, field.type != .object, field.type != .array, !variants.contains(where: { $0.dropped == pattern(memberPath) }) {
                        variants.append(Variant(what: "\(memberPath) absent", body: exchange.body.replacing(memberPath, with: nil), dropped: pattern(memberPath)))
                    }
                    walk(field, value: member, path: memberPath)
                }
            case .array(let elements) where schema.type == .array:
                if let items = schema.items, let first = elements.first { walk(items, value: first, path: path.appending(index: 0)) }
            default: break
            }
        }
        walk(contract.response, value: exchange.body, path: .root)
        return variants
    }

    /// `$.a[0].b` as `$.a[*].b`.
    static func pattern(_ path: JSONPath) -> String {
        path.field
    }
}
