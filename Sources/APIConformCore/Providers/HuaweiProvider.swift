/// Huawei Cloud (VOD): REST operations, routed by the contract's path template such as
/// `/v1.0/{project_id}/asset/info`.
public enum HuaweiProvider: Provider {
    public static let name = "huawei"
    public static let requiredHTTPKeys: [String] = []

    /// How a target authenticates: `aksk` (SDK-HMAC-SHA256 signing) or `token` (X-Auth-Token).
    public enum Auth: String, Sendable, Hashable, CaseIterable {
        case aksk, token
    }

    /// Huawei REST paths are versioned (`/v1.0/…`, `/v2/…`).
    public static func claims(path: String) -> Bool {
        path.hasPrefix("/v")
    }

    public static func route(_ request: ProviderRequest, among contracts: [Contract]) -> Contract? {
        contracts.first { $0.http.action == nil && $0.http.matches(path: request.path) }
    }
}
