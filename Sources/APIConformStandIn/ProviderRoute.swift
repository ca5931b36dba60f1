import APIConformCore

/// Which operation a provider-shaped request is for, and its business parameters.
public struct ProviderRoute: Sendable {
    public var contract: Contract
    public var parameters: [(name: String, value: String)]

    /// The contract the providers' routing (`RequestRouter`, as `diff` uses it) finds for the request,
    /// with its query and form parameters.
    public static func resolve(_ request: StandInRequest, router: RequestRouter) -> ProviderRoute? {
        let query = request.queryItems + formItems(request)
        let routed = ProviderRequest(path: request.path, headers: request.headers.map { ($0.name, $0.value) }, parameters: query)
        return router.route(routed).map { ProviderRoute(contract: $0, parameters: query) }
    }

    /// An `application/x-www-form-urlencoded` body carries parameters too (RPC-style gateways accept both).
    static func formItems(_ request: StandInRequest) -> [(name: String, value: String)] {
        guard request.header("content-type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else { return [] }
        return QueryString.decode(String(decoding: request.body, as: UTF8.self))
    }
}
