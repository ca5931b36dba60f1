import APIConformCore

/// Makes a synthesised body keep an operation-level rule: order, relations, paging, partitions.
enum InvariantSettler {
    static func settle(_ rule: any InvariantRule, body: inout JSONValue, request: inout JSONObject, contract: Contract, timeBase: Int64) {
        let context = EvaluationContext(request: request, contract: contract, side: .response, status: 200)
        switch rule {
        case let rule as SortOrderRule:
            guard case .time(let format) = rule.order, let direction = rule.resolvedDirection(in: context) else { return }
            let entries = rule.itemKey.select(in: body)
            for (position, entry) in entries.enumerated() where entry.value != nil {
                let step = Int64(direction == "asc" ? position : entries.count - position) * 60
                body = body.replacing(entry.path, with: .string(format.format(timeBase + step)))
            }
        case let rule as RelationRule:
            for (path, object) in rule.each.select(in: body) {
                guard let left = rule.left.select(in: object, at: path).first, let right = rule.right.select(in: object, at: path).first else { continue }
                switch rule.check {
                case .equal, .notBefore:
                    body = body.replacing(left.path, with: right.value)
                case .secondsFromMilliseconds:
                    let ms = ValueText.integer(right.value) ?? 1000
                    body = body.replacing(left.path, with: .number(JSONNumber(literal: String(max(1, ms / 1000)))))
                }
            }
        case let rule as PagingRule:
            let count = Int64(rule.items.select(in: body).first?.value.arrayValue?.count ?? 0)
            if let echo = rule.echo?.select(in: body).first, let size = context.resolve(rule.pageSize) {
                body = body.replacing(echo.path, with: .number(JSONNumber(literal: String(size))))
            }
            if let total = rule.total?.select(in: body).first {
                body = body.replacing(total.path, with: .number(JSONNumber(literal: String(count))))
            }
            if let token = rule.token?.select(in: body).first { body = body.replacing(token.path, with: nil) }
            if let flag = rule.truncated?.select(in: body).first { body = body.replacing(flag.path, with: .number(JSONNumber(literal: "0"))) }
        case let rule as BatchPartitionRule:
            let ids = rule.returned.select(in: body).compactMap { ValueText.scalarText($0.value) }
            for pattern in rule.others {
                if let list = listPath(of: pattern, in: body) { body = body.replacing(list, with: .array([])) }
            }
            request.members.removeAll { $0.key == rule.parameter }
            let value: JSONValue = rule.separator.map { .string(ids.joined(separator: $0)) } ?? .array(ids.map { .string($0) })
            if !ids.isEmpty { request.members.append(.init(key: rule.parameter, value: value)) }
        default:
            return
        }
    }

    /// `$.NonExistMediaIds[*]` → the path of the list `$.NonExistMediaIds`.
    static func listPath(of pattern: JSONPathPattern, in body: JSONValue) -> JSONPath? {
        guard pattern.steps.last == .wildcard else { return nil }
        let list = JSONPathPattern(steps: Array(pattern.steps.dropLast()), text: "list")
        return list.select(in: body).first?.path
    }
}
