/// Follows a paged listing across pages — NextToken, PageNo or page — until its end or the case's
/// page budget, checking what only a walk can see: no item twice across pages, order across page
/// boundaries, totals that agree. Streaming: it keeps a hash per id and the last sort key, not pages.
public struct PageWalk: Sendable {
    public let paging: PagingRule
    public let sort: SortOrderRule?
    public let unique: UniqueItemsRule?
    public let maxPages: Int

    /// The walk for the paging rule that applies to `request` (a contract may page by token or by number).
    public init?(contract: Contract, request: JSONObject, maxPages: Int) {
        let context = EvaluationContext(request: request, contract: contract, side: .response, status: 200)
        guard let paging = contract.invariants.lazy.filter({ $0.applies(in: context) }).compactMap({ $0.rule as? PagingRule }).first else { return nil }
        self.paging = paging
        sort = contract.invariants.lazy.compactMap { $0.rule as? SortOrderRule }.first
        unique = contract.invariants.lazy.compactMap { $0.rule as? UniqueItemsRule }.first
        self.maxPages = max(1, maxPages)
    }

    /// What the walk remembers between pages.
    public struct State: Sendable {
        public var pages = 0
        public var items = 0
        /// A hash per id: 10⁶ items cost a few megabytes, where the ids themselves would cost ~100.
        var seen: Set<Int> = []
        var lastSortKey: ValueOrder.SortKey?
        var total: Int64?
        public init() {}
    }

    /// The request for the page after `body`, or nil when the listing has ended.
    public func nextRequest(after body: JSONValue, request: JSONObject, context: EvaluationContext, state: State) -> JSONObject? {
        guard state.pages < maxPages else { return nil }
        var next = request
        switch paging.style {
        case .token:
            guard let tokenPath = paging.token, let token = tokenPath.select(in: body).first?.value.stringValue, !token.isEmpty,
                  case .key(let parameter)? = tokenPath.steps.last else { return nil }
            next.members.removeAll { $0.key == parameter }
            next.members.append(.init(key: parameter, value: .string(token)))
        case .page:
            guard let binding = paging.page, let name = binding.parameterName, let current = context.resolve(binding) else { return nil }
            let count = paging.items.select(in: body).first?.value.arrayValue?.count ?? 0
            let size = context.resolve(paging.pageSize) ?? Int64(count)
            let truncated = paging.truncated.flatMap { $0.select(in: body).first.flatMap { ValueText.integer($0.value) } }
            if let truncated, truncated == 0 { return nil }
            if truncated == nil && Int64(count) < size { return nil }
            if count == 0 { return nil }
            next.members.removeAll { $0.key == name }
            next.members.append(.init(key: name, value: .number(JSONNumber(literal: String(current + 1)))))
        }
        return next
    }

    /// Checks one page against the pages before it; returns the cross-page failures.
    public func absorb(_ body: JSONValue, context: EvaluationContext, state: inout State) -> [RuleFailure] {
        state.pages += 1
        var failures: [RuleFailure] = []
        let items = paging.items.select(in: body).first?.value.arrayValue ?? []
        state.items += items.count
        if let totalPattern = paging.total, let hit = totalPattern.select(in: body).first, let total = ValueText.integer(hit.value) {
            if let first = state.total, first != total {
                failures.append(RuleFailure(path: hit.path, message: "page \(state.pages) says total \(total), page 1 said \(first)",
                                            expected: String(first), actual: String(total)))
            }
            if state.total == nil { state.total = total }
        }
        if let unique {
            for entry in unique.itemKey.select(in: body) {
                guard let text = entry.value.flatMap(ValueText.scalarText) else { continue }
                if !state.seen.insert(text.hashValue).inserted {
                    failures.append(RuleFailure(path: entry.path, message: "\(JSONValue.quoted(text)) was already listed on an earlier page",
                                                expected: "each item on one page only", actual: "listed again on page \(state.pages)"))
                }
            }
        }
        if let sort, let direction = sort.resolvedDirection(in: context) {
            let keys = sort.itemKey.select(in: body).compactMap { entry in entry.value.flatMap(sort.order.sortKey).map { (entry, $0) } }
            if let (entry, firstKey) = keys.first, let previous = state.lastSortKey {
                let broken = direction == "desc" ? firstKey > previous : firstKey < previous
                if broken {
                    failures.append(RuleFailure(path: entry.path, message: "page \(state.pages) starts out of \(direction) order with the end of page \(state.pages - 1)",
                                                expected: "\(direction) across pages", actual: entry.value?.brief() ?? ""))
                }
            }
            if let last = keys.last { state.lastSortKey = last.1 }
        }
        return failures
    }

    /// At the end of a complete walk, the items seen must add up to the total.
    public func finish(_ state: State, complete: Bool) -> [RuleFailure] {
        guard complete, let total = state.total, paging.totalCap.map({ total < $0 }) ?? true, Int64(state.items) != total else { return [] }
        return [RuleFailure(path: .root, message: "the walk saw \(state.items) items over \(state.pages) pages but the total is \(total)",
                            expected: String(total), actual: String(state.items))]
    }
}
