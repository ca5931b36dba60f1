import APIConformCore

/// Which operation a provider-shaped request is for, and its business parameters.
public struct ProviderRoute: Sendable {
    public var contract: Contract
    public var parameters: [(name: String, value: String)]

    /// Alibaba RPC: `POST /` with the action in `x-acs-action` (ACS3) or the `Action` query parameter (v1).
    /// Huawei REST: the contract's path template, e.g. `/v1.0/{project_id}/asset/info`.
    public static func resolve(_ request: StandInRequest, contracts: [Contract]) -> ProviderRoute? {
        let query = request.queryItems + formItems(request)
        if let action = request.header("x-acs-action") ?? query.first(where: { $0.name == "Action" })?.value {
            guard let contract = contracts.first(where: { $0.provider == "alibaba" && $0.http.action == action }) else { return nil }
            return ProviderRoute(contract: contract, parameters: query)
        }
        for contract in contracts where contract.provider == "huawei" && contract.http.matches(path: request.path) {
            return ProviderRoute(contract: contract, parameters: query)
        }
        return nil
    }

    /// An `application/x-www-form-urlencoded` body carries parameters too (Alibaba accepts both).
    static func formItems(_ request: StandInRequest) -> [(name: String, value: String)] {
        guard request.header("content-type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else { return [] }
        return QueryString.decode(String(decoding: request.body, as: UTF8.self))
    }
}
