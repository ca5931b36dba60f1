import APIConformCore

/// A routed request as the synthetic account reads it: the business parameters as a request object
/// (repeated names as arrays where the contract declares an array), read through the same
/// `EvaluationContext` the rules use, so defaults, comma lists and repeated values mean one thing.
struct SyntheticRequest {
    let contract: Contract
    let object: JSONObject
    let context: EvaluationContext

    init(_ route: ProviderRoute) {
        contract = route.contract
        var order: [String] = []
        var values: [String: [String]] = [:]
        for (name, value) in route.parameters where !RequestKey.volatileParameters.contains(name) {
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(value)
        }
        object = JSONObject(members: order.map { name in
            let sent = values[name] ?? []
            let repeated = route.contract.parameter(name)?.type == .array
            return JSONObject.Member(key: name, value: repeated ? .array(sent.map(JSONValue.string)) : .string(sent.last ?? ""))
        })
        context = EvaluationContext(request: object, contract: route.contract, side: .request, status: 0)
    }

    /// The request findings a provider refuses with a parameter error: values out of range, not in
    /// the enum, in the wrong format, too many items. A missing documented-required parameter and an
    /// unknown one are tolerated, as the gateways do (vod.BatchGetMediaInfos answers ReferenceIds alone).
    var refusal: Finding? {
        ContractEvaluator(contract: contract).checkRequest(object).first { !["presence", "undocumented_field"].contains($0.rule) }
    }

    func sent(_ name: String) -> Bool { context.sent(name) }

    func text(_ name: String) -> String? {
        guard sent(name) else { return nil }
        return object[name].flatMap(ValueText.scalarText)
    }

    /// An integer parameter as sent, else its documented default.
    func integer(_ name: String) -> Int? {
        context.parameter(name).flatMap(ValueText.integer).map { Int($0) }
    }

    func flag(_ name: String) -> Bool { text(name)?.lowercased() == "true" }

    /// Comma lists and repeated parameters, trimmed as the batch rules read them.
    func list(_ name: String, separator: String? = ",") -> [String] {
        guard sent(name) else { return [] }
        return context.values(of: name, separator: object[name]?.arrayValue == nil ? separator : nil) ?? []
    }

    /// The request id of an Alibaba answer: derived from the request, so the same request gets the same id.
    func requestID(seed: String) -> String {
        var random = SeededRandom(seed: seed, stream: RequestKey.canonical(object.members.map { ($0.key, ValueText.scalarText($0.value) ?? "") }).joined(separator: "&"))
        let hex = random.hex(32).uppercased()
        let chars = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }
}
