@testable import APIConformCore

/// Conforming variants of a conforming exchange: bodies a provider may send that keep the contract,
/// each derived by one change. They must stay quiet (or, for an open enum, be drift that does not fail).
enum ConformingVariants {
    struct Variant {
        /// The kind of change: `absent`, `boundary`, `empty list`, `tie`, `open enum`.
        var kind: String
        var what: String
        var body: JSONValue
        /// The wildcarded path changed (`$.a[*].b`).
        var changed: String
    }

    /// Every variant of every kind, at most one per field and kind.
    static func all(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        optionalMembersDropped(exchange, contract: contract) + boundaries(exchange, contract: contract)
            + emptyLists(exchange, contract: contract) + ties(exchange, contract: contract) + openEnumValues(exchange, contract: contract)
    }

    /// Each optional scalar member dropped from the first object that has it.
    static func optionalMembersDropped(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        variants(exchange, contract: contract, kind: "absent") { field, _ in
            let required = field.rules.contains { ($0.rule as? PresenceRule)?.required == true }
            return required || field.type == .object || field.type == .array ? nil : .some(nil)
        }
    }

    /// Each bounded value at its inclusive bound: a range's minimum and maximum, a string of exactly
    /// its maximum length. Fields whose value is also constrained otherwise (pattern, enum, format)
    /// are left alone: a padded id is no conforming id.
    /// A field an invariant reads (a total, a page size, one side of a relation) is left alone too:
    /// moved alone to its bound it breaks that invariant, and the body is no longer conforming.
    static func boundaries(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        let operands = InvariantOperands.fieldNames(of: contract)
        var result: [Variant] = []
        for pick in [Bound.lower, .upper] {
            result += variants(exchange, contract: contract, kind: "boundary") { field, value in
                operands.contains(field.name) ? nil : boundary(of: field, value: value, pick: pick).map { .some($0) }
            }
        }
        return result
    }

    enum Bound { case lower, upper }

    static func boundary(of field: FieldSchema, value: JSONValue, pick: Bound) -> JSONValue? {
        let rules = field.rules.map(\.rule)
        let shaped = rules.contains { $0 is PatternRule || $0 is EnumRule || $0 is TimeFormatRule || $0 is JSONStringRule || $0 is DelimitedListRule }
        if let range = rules.lazy.compactMap({ $0 as? RangeRule }).first {
            // A relation between fields (width ≤ …) is judged on real values; bounds alone stay with the range.
            guard let bound = pick == .lower ? range.minimum : range.maximum, bound == bound.rounded(), abs(bound) < 1e15 else { return nil }
            let literal = String(Int64(bound))
            return value.stringValue != nil ? .string(literal) : .number(JSONNumber(literal: literal))
        }
        guard !shaped, let text = value.stringValue, let length = rules.lazy.compactMap({ $0 as? LengthRule }).first else { return nil }
        guard let count = pick == .upper ? length.maximum : length.minimum.flatMap({ $0 > 0 ? $0 : nil }) else { return nil }
        let filler = text.first ?? "x"
        return .string(String(repeating: filler, count: Int(count)))
    }

    /// Each optional list inside an item emptied: a provider may send `[]` where it has nothing.
    /// The page's own list is left alone: its count is tied to totals and paging.
    static func emptyLists(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        variants(exchange, contract: contract, kind: "empty list") { field, value in
            guard field.type == .array, let items = value.arrayValue, !items.isEmpty else { return nil }
            let minimum = field.rules.lazy.compactMap { ($0.rule as? ListCapRule)?.minimum }.first ?? 0
            let required = field.rules.contains { ($0.rule as? PresenceRule)?.required == true }
            return minimum == 0 && !required ? .some(.array([])) : nil
        }.filter { $0.changed.contains("[*]") }
    }

    /// For each sort rule, the later of the first two items' keys set to the earlier one: equal keys
    /// may come in any order. Lowering keeps relations such as "modified ≥ created" true.
    static func ties(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        contract.invariants.compactMap { invariant -> Variant? in
            guard let sort = invariant.rule as? SortOrderRule, let key = sort.itemKey.key else { return nil }
            for list in sort.itemKey.items.select(in: exchange.body) {
                guard let items = list.value.arrayValue, items.count >= 2,
                      let first = key.select(in: items[0], at: list.path.appending(index: 0)).first,
                      let second = key.select(in: items[1], at: list.path.appending(index: 1)).first,
                      let a = ValueText.scalarText(first.value), let b = ValueText.scalarText(second.value), a != b else { continue }
                let firstIsLater = if let x = Double(a), let y = Double(b) { x > y } else { a > b }
                let (later, earlier) = firstIsLater ? (first, second) : (second, first)
                return Variant(kind: "tie", what: "\(later.path) = \(earlier.path)", body: exchange.body.replacing(later.path, with: earlier.value),
                               changed: pattern(later.path))
            }
            return nil
        }
    }

    /// Each open enum given a value outside its documented set: drift to watch, never a failure.
    static func openEnumValues(_ exchange: ConformingExchange, contract: Contract) -> [Variant] {
        variants(exchange, contract: contract, kind: "open enum") { field, value in
            guard field.rules.contains(where: { ($0.rule as? EnumRule)?.open == true }), value.stringValue != nil else { return nil }
            return .some(.string("AV1-undocumented"))
        }
    }

    /// One variant per declared response field (first occurrence with a value) for which `change`
    /// gives a replacement (`.some(nil)` drops the member).
    static func variants(_ exchange: ConformingExchange, contract: Contract, kind: String,
                         change: (FieldSchema, JSONValue) -> JSONValue??) -> [Variant] {
        var result: [Variant] = []
        MutationPlanner.walk(contract.response, value: exchange.body, at: .root) { schema, value, path in
            guard case .key = path.components.last, !result.contains(where: { $0.changed == pattern(path) }),
                  case .some(let replacement) = change(schema, value) else { return }
            let what = replacement.map { "\(path) = \($0.brief())" } ?? "\(path) absent"
            result.append(Variant(kind: kind, what: what, body: exchange.body.replacing(path, with: replacement), changed: pattern(path)))
        }
        return result
    }

    /// `$.a[0].b` as `$.a[*].b`.
    static func pattern(_ path: JSONPath) -> String {
        path.field
    }
}
