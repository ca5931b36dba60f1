import APIConformCore
import APIConformSigning
import Foundation

/// Huawei Cloud REST operations: the path template filled with the project id, repeated query
/// parameters for lists, signed with SDK-HMAC-SHA256 (AK/SK) or authenticated by `X-Auth-Token`.
public struct HuaweiAdapter: ProviderAdapter {
    public init() {}

    public func prepare(_ testCase: TestCase, contract: Contract, target: Target, credentials: Credentials) throws(CredentialError) -> PreparedRequest {
        let endpoint = try Endpoint.resolve(target, operation: contract.operation)
        let variables = target.credentialVariables
        guard let project = credentials[HuaweiProvider.projectID] else { throw CredentialError(variables: [variables[HuaweiProvider.projectID]]) }
        let path = contract.http.path.replacingOccurrences(of: "{project_id}", with: QueryString.percentEncode(project))
        let query = QueryString.items(of: testCase.request).map { QueryParameter($0.name, $0.value) }
        switch HuaweiProvider.auth(of: target) {
        case .token:
            guard let token = credentials[HuaweiProvider.authToken] else { throw CredentialError(variables: [variables[HuaweiProvider.authToken]]) }
            let sorted = HuaweiSDKSigner.canonicalQuery(query)
            let authority = endpoint.port.map { "\(endpoint.host):\($0)" } ?? endpoint.host
            return PreparedRequest(method: contract.http.method, url: "\(endpoint.scheme)://\(authority)\(path)\(sorted.isEmpty ? "" : "?" + sorted)",
                                   headers: [("content-type", "application/json"), ("user-agent", UserAgent.value), ("x-auth-token", token), ("x-project-id", project)])
        case .aksk:
            guard let ak = credentials[HuaweiProvider.ak], let sk = credentials[HuaweiProvider.sk] else {
                throw CredentialError(variables: [variables[HuaweiProvider.ak], variables[HuaweiProvider.sk]])
            }
            let signing = SigningCredentials(accessKeyId: ak, secret: sk, securityToken: credentials[HuaweiProvider.securityToken], projectId: project)
            let headers = HuaweiSDKSigner.headers(userAgent: UserAgent.value, credentials: signing)
            let request = SigningRequest(method: contract.http.method, scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port,
                                         path: path, query: query, headers: headers)
            let signed = HuaweiSDKSigner().sign(request, credentials: signing, date: Date())
            let sent = signed.request.headers.filter { $0.canonicalName != "host" }.map { ($0.name, $0.value) }
            return PreparedRequest(method: signed.request.method, url: signed.url, headers: sent, body: signed.request.body)
        }
    }

    /// API Gateway's authentication codes: APIGW.0301 (IAM token or AK/SK signature rejected) and
    /// APIGW.0303 (app authentication rejected); a 401 always means the gateway did not authenticate us.
    static let credentialCodes: Set<String> = ["APIGW.0301", "APIGW.0303"]

    public func missingCredentials(for contract: Contract, target: Target, credentials: Credentials) -> [String] {
        let needed = HuaweiProvider.auth(of: target) == .token ? [HuaweiProvider.authToken] : [HuaweiProvider.ak, HuaweiProvider.sk]
        return (needed + [HuaweiProvider.projectID]).filter { credentials[$0] == nil }.map { target.credentialVariables[$0] }
    }

    /// API Gateway throttles with HTTP 429 (`APIGW.0308`), which is retried by its status.
    public func throttles(code: String) -> Bool {
        false
    }

    public func rejectsCredentials(status: Int, code: String?) -> Bool {
        guard !(200..<300).contains(status) else { return false }
        if status == 401 { return true }
        guard let code else { return false }
        return Self.credentialCodes.contains(code)
    }
}
