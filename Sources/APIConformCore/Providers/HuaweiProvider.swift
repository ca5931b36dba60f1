/// Huawei Cloud (VOD): REST operations, routed by the contract's path template such as
/// `/v1.0/{project_id}/asset/info`.
public enum HuaweiProvider: Provider {
    public static let name = "huawei"
    public static let requiredHTTPKeys: [String] = []

    /// How a target authenticates: `aksk` (SDK-HMAC-SHA256 signing) or `token` (X-Auth-Token).
    public enum Auth: String, Sendable, Hashable, CaseIterable {
        case aksk, token
    }

    /// `huawei_auth:` in a target.
    public static let authSetting = ProviderSetting(key: "huawei_auth", default: Auth.aksk)
    public static let targetSettings = [authSetting]

    /// How `target` authenticates Huawei requests.
    public static func auth(of target: Target) -> Auth {
        authSetting.value(in: target) ?? .aksk
    }

    /// The variables the Huawei Cloud SDKs read.
    public static let ak = CredentialVariable(key: "huawei_ak", defaultName: "HUAWEICLOUD_SDK_AK")
    public static let sk = CredentialVariable(key: "huawei_sk", defaultName: "HUAWEICLOUD_SDK_SK")
    /// Part of every request path, not a secret.
    public static let projectID = CredentialVariable(key: "huawei_project_id", defaultName: "HUAWEICLOUD_SDK_PROJECT_ID", isSecret: false)
    public static let securityToken = CredentialVariable(key: "huawei_security_token", defaultName: "HUAWEICLOUD_SDK_SECURITY_TOKEN")
    /// Not read by the SDKs (they take a token in code); APIConform's documented name.
    public static let authToken = CredentialVariable(key: "huawei_auth_token", defaultName: "HUAWEICLOUD_AUTH_TOKEN")
    public static let credentialVariables = [ak, sk, projectID, securityToken, authToken]

    /// Huawei REST paths are versioned (`/v1.0/…`, `/v2/…`).
    public static func claims(path: String) -> Bool {
        path.hasPrefix("/v")
    }

    /// Huawei operation ids are `huawei.Operation`.
    public static func claims(product: String) -> Bool {
        product == name
    }

    public static func route(_ request: ProviderRequest, among contracts: [Contract]) -> Contract? {
        contracts.first { $0.http.action == nil && $0.http.matches(path: request.path) }
    }

    public static func scaffold(product: String, action: String) -> ProviderScaffold {
        ProviderScaffold(
            http: #"http: {method: GET, path: "/v1/{project_id}/TODO"}   # TODO: the method and URI of the doc's "URI" section"#,
            response: """
                response:
                  fields: {}   # TODO: the documented response parameters, e.g. total: {type: integer, required: true, doc: "…"}
                """,
            errors: "errors:\n  code: error_code\n  message: error_msg\n  doc: \"TODO: the doc's error response sentence\"",
            request: "GET https://\(product).cn-north-4.myhuaweicloud.com/v1/0a1b2c3d4e5f67890a1b2c3d4e5f6789/TODO",
            headers: "> content-type: application/json\n> authorization: <redacted>",
            body: "{}")
    }
}
