import APIConformCore
import APIConformSigning

/// Verifies requests as the providers' gateways do, with the credentials the stand-in accepts,
/// and answers a rejection in the provider's own error shape and status.
public struct ProviderSignatureVerifier: SignatureVerifying {
    public struct Accepted: Sendable {
        public var alibaba: [String: String]
        public var huawei: [String: String]
        public var huaweiTokens: Set<String>
        /// The project the tokens are scoped to: an IAM token is issued for one project, so a token
        /// request for another `{project_id}` is refused as the gateway does. Nil accepts any project.
        public var huaweiProjectID: String?
        public init(alibaba: [String: String] = [:], huawei: [String: String] = [:], huaweiTokens: Set<String> = [],
                    huaweiProjectID: String? = nil) {
            self.alibaba = alibaba
            self.huawei = huawei
            self.huaweiTokens = huaweiTokens
            self.huaweiProjectID = huaweiProjectID
        }
    }

    let accepted: Accepted

    public init(accepted: Accepted) {
        self.accepted = accepted
    }

    public func verify(_ request: StandInRequest, contract: Contract) -> VerificationOutcome {
        let received = ReceivedRequest(method: request.method, target: request.uri,
                                       headers: request.headers.map { HeaderField($0.name, $0.value) }, body: request.body)
        switch contract.provider {
        case "huawei":
            if let token = request.header("x-auth-token") {
                guard accepted.huaweiTokens.contains(token) else {
                    return .rejected(VerificationFailure(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: verify token fail"))
                }
                if let project = accepted.huaweiProjectID, let requested = Self.projectID(in: request.path, template: contract.http.path), requested != project {
                    return .rejected(VerificationFailure(status: 403, code: "APIGW.0302",
                                                         message: "The token's project does not match project_id '\(requested)' in the URL"))
                }
                return .accepted(nonce: nil, timestamp: nil)
            }
            return outcome(HuaweiSDKSigner.verify(received) { accepted.huawei[$0] }, provider: "huawei")
        default:
            if contract.http.anonymous { return .accepted(nonce: nil, timestamp: nil) }
            if request.header("authorization") != nil {
                return outcome(AlibabaACS3Signer.verify(received) { accepted.alibaba[$0] }, provider: "acs3")
            }
            return outcome(AlibabaRPCV1Signer.verify(received) { accepted.alibaba[$0] }, provider: "rpc")
        }
    }

    /// The `{project_id}` segment of a request path, aligned with the contract's path template.
    static func projectID(in path: String, template: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let templateSegments = template.split(separator: "/", omittingEmptySubsequences: false)
        guard let index = templateSegments.firstIndex(of: "{project_id}"), segments.count == templateSegments.count else { return nil }
        return QueryString.percentDecode(String(segments[index]))
    }

    /// Maps a signing library verdict to the provider's answer.
    func outcome(_ verification: SignatureVerification, provider: String) -> VerificationOutcome {
        switch verification {
        case .valid(let signature):
            return .accepted(nonce: signature.nonce, timestamp: signature.timestamp)
        case .invalid(let rejection):
            return .rejected(Self.failure(rejection, provider: provider))
        }
    }

    static func failure(_ rejection: SignatureRejection, provider: String) -> VerificationFailure {
        if provider == "huawei" {
            if case .unknownAccessKey(let id) = rejection {
                return VerificationFailure(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: Get secretKey failed,ak:\(id),err:ak not exist")
            }
            return VerificationFailure(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: verify aksk signature fail (\(rejection))")
        }
        switch rejection {
        case .unknownAccessKey:
            return VerificationFailure(status: 404, code: "InvalidAccessKeyId.NotFound", message: "Specified access key is not found.")
        case .missingParameter(let name):
            return VerificationFailure(status: 400, code: "MissingParameter", message: "The input parameter \"\(name)\" that is mandatory for processing this request is not supplied.")
        case .signatureMismatch(let stringToSign, _):
            return provider == "acs3"
                ? VerificationFailure(status: 400, code: "IncompleteSignature", message: "The request signature does not conform to Aliyun standards. server string to sign is:\(stringToSign)")
                : VerificationFailure(status: 400, code: "SignatureDoesNotMatch", message: "Specified signature is not matched with our calculation. server string to sign is:\(stringToSign)")
        default:
            return VerificationFailure(status: 400, code: provider == "acs3" ? "IncompleteSignature" : "SignatureDoesNotMatch", message: "\(rejection)")
        }
    }
}
