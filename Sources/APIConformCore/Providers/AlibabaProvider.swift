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

    /// `alibaba_signature:` in a target.
    public static let signatureSetting = ProviderSetting(key: "alibaba_signature", default: Signature.acs3)
    public static let targetSettings = [signatureSetting]

    /// How `target` signs Alibaba requests.
    public static func signature(of target: Target) -> Signature {
        signatureSetting.value(in: target) ?? .acs3
    }

    /// The variables the Alibaba Cloud SDKs read.
    public static let accessKeyID = CredentialVariable(key: "alibaba_access_key_id", defaultName: "ALIBABA_CLOUD_ACCESS_KEY_ID")
    public static let accessKeySecret = CredentialVariable(key: "alibaba_access_key_secret", defaultName: "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
    public static let securityToken = CredentialVariable(key: "alibaba_security_token", defaultName: "ALIBABA_CLOUD_SECURITY_TOKEN")
    public static let credentialVariables = [accessKeyID, accessKeySecret, securityToken]

    /// Alibaba RPC calls go to `/` and name their action in a parameter or the `x-acs-action` header.
    public static func claims(path: String) -> Bool {
        path == "/" || path.hasPrefix("/?")
    }

    /// Alibaba's products are many (`ice`, `vod`, …) and open-ended; it is the first provider, the one
    /// `init` picks when no other claims the product.
    public static func claims(product: String) -> Bool {
        false
    }

    /// The contract whose action the request names, the one of its version when several share the action.
    public static func route(_ request: ProviderRequest, among contracts: [Contract]) -> Contract? {
        guard let action = request.header("x-acs-action") ?? request.parameter("Action") else { return nil }
        let version = request.header("x-acs-version") ?? request.parameter("Version")
        let candidates = contracts.filter { $0.http.action == action }
        return candidates.first { version != nil && $0.http.version == version } ?? candidates.first
    }

    public static func scaffold(product: String, action: String) -> ProviderScaffold {
        ProviderScaffold(
            http: #"http: {method: POST, path: /, action: \#(action), version: "YYYY-MM-DD"}   # TODO: the Version of the doc's common parameters"#,
            response: """
                response:
                  fields:
                    RequestId: {type: string, required: true, doc: "The request ID."}
                    # TODO: the documented response parameters, each with the sentence it comes from.
                """,
            errors: "errors:\n  code: Code\n  message: Message\n  request_id: RequestId\n  doc: \"TODO: the doc's error response sentence\"",
            request: "POST https://\(product).cn-shanghai.aliyuncs.com/",
            headers: "> x-acs-action: \(action)\n> x-acs-version: YYYY-MM-DD\n> authorization: <redacted>",
            body: #"{"RequestId": "00000000-0000-0000-0000-000000000000"}"#)
    }
}
