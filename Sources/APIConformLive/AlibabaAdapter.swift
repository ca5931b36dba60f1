import APIConformCore
import APIConformSigning

/// Alibaba Cloud RPC operations (ICE, VOD): `POST /` signed with ACS3-HMAC-SHA256 (the SDKs'
/// default) or RPC v1 HMAC-SHA1, or sent unsigned where the doc says no authorization is needed.
public struct AlibabaAdapter: ProviderAdapter {
    public init() {}

    public func prepare(_ testCase: TestCase, contract: Contract, target: Target, credentials: Credentials) throws(CredentialError) -> PreparedRequest {
        let endpoint = try Endpoint.resolve(target, operation: contract.operation)
        let product = String(contract.operation.prefix { $0 != "." })
        let action = contract.http.action ?? String(contract.operation.drop { $0 != "." }.dropFirst())
        let version = target.apiVersions[product] ?? contract.http.version ?? ""
        let business = QueryString.items(of: testCase.request).map { QueryParameter($0.name, $0.value) }
        let attempt = SigningAttempt.fresh()
        if contract.http.anonymous {
            // The SDK sends these operations through do_rpcrequest without AccessKeyId or Signature.
            let query = [QueryParameter("Action", action), QueryParameter("Format", "json"), QueryParameter("Version", version),
                         QueryParameter("Timestamp", attempt.alibabaTimestamp), QueryParameter("SignatureNonce", attempt.nonce)] + business
            let url = "\(endpoint.scheme)://\(authority(endpoint))/?" + QueryString.encode(query.map { ($0.name, $0.value) })
            return PreparedRequest(method: contract.http.method, url: url, headers: [("user-agent", UserAgent.value), ("accept", "application/json")])
        }
        guard let id = credentials[AlibabaProvider.accessKeyID], let secret = credentials[AlibabaProvider.accessKeySecret] else {
            throw CredentialError(variables: [target.credentialVariables[AlibabaProvider.accessKeyID], target.credentialVariables[AlibabaProvider.accessKeySecret]])
        }
        let signing = SigningCredentials(accessKeyId: id, secret: secret, securityToken: credentials[AlibabaProvider.securityToken])
        let signed: SignedRequest
        switch AlibabaProvider.signature(of: target) {
        case .acs3:
            let headers = AlibabaACS3Signer.headers(authority: authority(endpoint), action: action, version: version, userAgent: UserAgent.value,
                                                    credentials: signing, credentialsProvider: signing.isTemporary ? "static_sts" : "static_ak", attempt: attempt)
            let request = SigningRequest(method: "POST", scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port, path: "/",
                                         query: business, headers: headers)
            signed = AlibabaACS3Signer().sign(request, credentials: signing)
        case .rpcV1:
            let query = AlibabaRPCV1Signer().parameters(action: action, version: version, business: business, credentials: signing, attempt: attempt)
            let request = SigningRequest(method: "POST", scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port, path: "/",
                                         query: query, headers: [HeaderField("user-agent", UserAgent.value)])
            signed = AlibabaRPCV1Signer().sign(request, credentials: signing)
        }
        // The HTTP client writes Host from the URL (the same host[:port] that was signed).
        let headers = signed.request.headers.filter { $0.canonicalName != "host" }.map { ($0.name, $0.value) }
        return PreparedRequest(method: signed.request.method, url: signed.url, headers: headers, body: signed.request.body)
    }

    /// The gateway's authentication codes (Alibaba Cloud's common error codes): an unknown or disabled
    /// AccessKey, a signature that does not match, a missing or expired STS token, a stale timestamp or a
    /// reused nonce. `Forbidden.RAM` is not among them: it is an authenticated identity's authorization
    /// answer, which a case may expect and record.
    static let credentialCodes = ["InvalidAccessKeyId", "SignatureDoesNotMatch", "IncompleteSignature", "InvalidSecurityToken",
                                  "MissingSecurityToken", "InvalidTimeStamp", "SignatureNonceUsed", "Forbidden.AccessKeyDisabled"]

    public func missingCredentials(for contract: Contract, target: Target, credentials: Credentials) -> [String] {
        // "No authorization for this operation": an anonymous call is sent unsigned.
        if contract.http.anonymous { return [] }
        return [AlibabaProvider.accessKeyID, AlibabaProvider.accessKeySecret].filter { credentials[$0] == nil }.map { target.credentialVariables[$0] }
    }

    public func rejectsCredentials(status: Int, code: String?) -> Bool {
        guard !(200..<300).contains(status), let code else { return false }
        return Self.credentialCodes.contains { code == $0 || code.hasPrefix($0 + ".") }
    }

    /// Alibaba answers throttling with codes such as `Throttling`, `Throttling.User`, `Throttling.Api`, under any status.
    public func throttles(code: String) -> Bool {
        code == "Throttling" || code.hasPrefix("Throttling.")
    }

    func authority(_ endpoint: Endpoint) -> String {
        endpoint.port.map { "\(endpoint.host):\($0)" } ?? endpoint.host
    }
}
