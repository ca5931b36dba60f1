/// What a rule may consult besides the value it checks: the request as sent, the contract and the status.
public struct EvaluationContext: Sendable {
    public let request: JSONObject
    public let contract: Contract
    public let side: FindingSide
    public let status: Int
    /// "Did you mean" answers already computed in this evaluation.
    public let suggestions: SuggestionMemo

    public init(request: JSONObject, contract: Contract, side: FindingSide, status: Int, suggestions: SuggestionMemo = SuggestionMemo()) {
        self.request = request
        self.contract = contract
        self.side = side
        self.status = status
        self.suggestions = suggestions
    }

    /// The parameter as sent, else the contract's documented default.
    public func parameter(_ name: String) -> JSONValue? {
        if let value = request[name], !value.isNull { return value }
        return contract.parameter(name)?.defaultValue
    }

    /// Whether the caller sent the parameter (defaults do not count).
    public func sent(_ name: String) -> Bool {
        guard let value = request[name] else { return false }
        if case .string(let s) = value { return !s.isEmpty }
        if case .array(let a) = value { return !a.isEmpty }
        return !value.isNull
    }

    /// Resolves an integer binding; query parameters arrive as text, so `"10"` counts as 10.
    /// `then` (nil: the rule it configures does not apply) when the binding is ignored (`ignored_when`).
    public func resolve(_ binding: ParameterBinding<Int64>) -> Int64? {
        switch binding {
        case .constant(let value): return value
        case .parameter(let name, let fallback, let ignoredWhen, let then):
            if ignoredWhen.contains(where: sent) { return then }
            if let value = request[name].flatMap(ValueText.integer) { return value }
            return fallback ?? contract.parameter(name)?.defaultValue.flatMap(ValueText.integer)
        }
    }

    /// Resolves a string binding (sort direction and the like).
    public func resolve(_ binding: ParameterBinding<String>) -> String? {
        switch binding {
        case .constant(let value): return value
        case .parameter(let name, let fallback, let ignoredWhen, let then):
            if ignoredWhen.contains(where: sent) { return then }
            if let value = request[name].flatMap(ValueText.scalarText), !value.isEmpty { return value }
            return fallback ?? contract.parameter(name)?.defaultValue.flatMap(ValueText.scalarText)
        }
    }

    /// The values of a parameter that may be repeated (`asset_id=a&asset_id=b`) or comma-separated (`MediaIds=a,b`).
    public func values(of name: String, separator: String?) -> [String]? {
        guard let value = request[name], !value.isNull else { return nil }
        if let array = value.arrayValue { return array.compactMap(ValueText.scalarText) }
        guard let text = ValueText.scalarText(value) else { return nil }
        guard let separator else { return [text] }
        return text.split(separator: Character(separator), omittingEmptySubsequences: true).map { String($0).trimmed }
    }
}
