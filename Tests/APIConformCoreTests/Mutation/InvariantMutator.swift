@testable import APIConformCore

/// Derives, for an operation-level rule and a conforming exchange, a request and body that break it.
enum InvariantMutator {
    typealias Derived = (request: JSONObject, status: Int, body: JSONValue, findingPath: JSONPath)

    static func breaking(_ invariant: DeclaredInvariant, exchange: ConformingExchange, contract: Contract) -> Derived? {
        var request = exchange.request
        // The invariant must apply: drop the parameters that switch it off.
        request.members.removeAll { invariant.unlessSent.contains($0.key) }
        guard invariant.whenSent.allSatisfy({ name in request[name] != nil }) else { return nil }
        let body = exchange.body
        let context = EvaluationContext(request: request, contract: contract, side: .response, status: 200)
        switch invariant.rule {
        case let rule as SortOrderRule:
            guard let direction = context.resolve(rule.direction), case .time(let format) = rule.order,
                  let first = rule.itemKey.select(in: body).first(where: { $0.value?.stringValue.flatMap(format.seconds) != nil }),
                  let seconds = first.value?.stringValue.flatMap(format.seconds) else { return nil }
            // Append a copy of the first item whose key lies on the wrong side of every other item.
            let shifted = format.format(seconds + (direction == "desc" ? 1 : -1) * 400 * 86_400 * 10)
            return appendingCopy(of: first, in: body, rule.itemKey, setting: .string(shifted)).map { (request, 200, $0.body, $0.path) }
        case let rule as FilterMatchRule:
            guard let first = rule.itemKey.select(in: body).first, let value = first.value, let text = ValueText.scalarText(value) else { return nil }
            set(&request, rule.parameter, rule.contains ? .string(text.split(separator: Character(rule.separator)).first.map { String($0).trimmed } ?? text) : value)
            return (request, 200, body.replacing(first.path, with: value.numberValue != nil ? .number(JSONNumber(literal: "987654")) : .string("__other__")), first.path)
        case let rule as TimeWindowRule:
            guard let bound = rule.start ?? rule.end,
                  let first = rule.itemKey.select(in: body).first(where: { $0.value?.stringValue.flatMap(rule.format.seconds) != nil }),
                  let seconds = first.value?.stringValue.flatMap(rule.format.seconds) else { return nil }
            for other in [rule.start, rule.end].compactMap({ $0?.parameter }) { request.members.removeAll { $0.key == other } }
            let outside = bound.parameter == rule.start?.parameter ? seconds + 86_400 : seconds - 86_400
            set(&request, bound.parameter, .string(rule.parameterFormat.format(outside)))
            return (request, 200, body, first.path)
        case let rule as BatchPartitionRule:
            guard context.sent(rule.parameter), let first = rule.returned.select(in: body).first else { return nil }
            let itemKey = split(rule.returned)
            guard let itemKey, let item = itemKey.select(in: body).first(where: { $0.path == first.path }) else { return nil }
            return appendingCopy(of: item, in: body, itemKey, setting: nil).map { (request, 200, $0.body, $0.path) }
        case let rule as PagingRule:
            for pattern in [rule.echo, rule.total].compactMap({ $0 }) {
                if let hit = pattern.select(in: body).first, let number = ValueText.integer(hit.value) {
                    let broken = pattern == rule.echo ? number + 1 : -1
                    return (request, 200, body.replacing(hit.path, with: .number(JSONNumber(literal: String(broken)))), hit.path)
                }
            }
            return nil
        case let rule as RelationRule:
            for (path, object) in rule.each.select(in: body) {
                guard let left = rule.left.select(in: object, at: path).first, let right = rule.right.select(in: object, at: path).first,
                      !left.value.isNull, !right.value.isNull else { continue }
                let broken: JSONValue?
                switch rule.check {
                case .equal:
                    broken = left.value.numberValue.flatMap { $0.int64 }.map { .number(JSONNumber(literal: String($0 + 1))) }
                        ?? left.value.stringValue.map { .string($0 + "-x") }
                case .notBefore:
                    broken = right.value.stringValue.flatMap { rule.format?.seconds($0) }.map { .string(rule.format!.format($0 - 86_400)) }
                case .secondsFromMilliseconds:
                    broken = ValueText.integer(right.value).map { .number(JSONNumber(literal: String(max(1, $0 / 1000) + 1))) }
                }
                if let broken { return (request, 200, body.replacing(left.path, with: broken), left.path) }
            }
            return nil
        case let rule as UniqueItemsRule:
            guard let first = rule.itemKey.select(in: body).first(where: { $0.value != nil }) else { return nil }
            return appendingCopy(of: first, in: body, rule.itemKey, setting: nil).map { (request, 200, $0.body, $0.path) }
        case let rule as ConditionalPresenceRule:
            // Drop the member where the condition requires it (required_unless / required_when).
            let member = JSONPath(rule.field.map { .key($0) })
            for (path, object) in rule.each.select(in: body) where member.value(in: object) != nil {
                let required = rule.requiredUnless.map { !$0.holds(in: object) } ?? rule.requiredWhen.map { $0.holds(in: object) } ?? false
                if required { return (request, 200, body.replacing(path.appending(member), with: nil), path.appending(member)) }
            }
            return nil
        case let rule as ErrorShapeRule:
            return (request, 400, .object(JSONObject(members: [.init(key: rule.message, value: .string("denied"))])), JSONPath([.key(rule.code)]))
        default:
            return nil
        }
    }

    static func set(_ request: inout JSONObject, _ name: String, _ value: JSONValue) {
        request.members.removeAll { $0.key == name }
        request.members.append(.init(key: name, value: value))
    }

    /// Appends a copy of the entry's item to its list, optionally with a new key value; returns the new key path.
    static func appendingCopy(of entry: ItemKey.Entry, in body: JSONValue, _ itemKey: ItemKey, setting value: JSONValue?) -> (body: JSONValue, path: JSONPath)? {
        guard let list = entry.list.value(in: body)?.arrayValue else { return nil }
        var copy = list[entry.index]
        let newIndex = list.count
        let keyPath = JSONPath(Array(entry.path.components.dropFirst(entry.list.components.count + 1)))
        if let value { copy = copy.replacing(keyPath, with: value) }
        let body = body.replacing(entry.list, with: .array(list + [copy]))
        return (body, entry.list.appending(index: newIndex).appending(keyPath))
    }

    /// `$.MediaInfos[*].MediaId` as items `$.MediaInfos` and key `MediaId`.
    static func split(_ pattern: JSONPathPattern) -> ItemKey? {
        guard let star = pattern.steps.firstIndex(of: .wildcard) else { return nil }
        let items = JSONPathPattern(steps: Array(pattern.steps[..<star]), text: "items")
        let rest = Array(pattern.steps[(star + 1)...])
        return ItemKey(items: items, key: rest.isEmpty ? nil : JSONPathPattern(steps: rest, text: "key"))
    }
}
