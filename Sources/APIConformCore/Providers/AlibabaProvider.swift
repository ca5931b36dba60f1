/// Alibaba Cloud (ICE, VOD): RPC-style operations, `POST /` with the action and version in
/// `x-acs-action`/`x-acs-version` (ACS3 signing) or the `Action`/`Version` parameters (RPC v1).
public enum AlibabaProvider: Provider {
    public static let name = "alibaba"
    public static let requiredHTTPKeys = ["action", "version"]

    /// How a target signs: `acs3` (ACS3-HMAC-SHA256, the SDKs' default) or `rpc_v1` (HMAC-SHA1 in the query).
    public enum Signature: String, Sendable, Hashable, CaseIterable {
        case acs3
        case rpcV1 = "rpc_v1"
    }

    /// Alibaba RPC calls go to `/` and name their action in a parameter or the `x-acs-action` header.
    public static func claims(path: String) -> Bool {
        path == "/" || path.hasPrefix("/?")
    }

    /// The contract whose action the request names, the one of its version when several share the action.
    public static func route(_ request: ProviderRequest, among contracts: [Contract]) -> Contract? {
        guard let action = request.header("x-acs-action") ?? request.parameter("Action") else { return nil }
        let version = request.header("x-acs-version") ?? request.parameter("Version")
        let candidates = contracts.filter { $0.http.action == action }
        return candidates.first { version != nil && $0.http.version == version } ?? candidates.first
    }
}
