import APIConformCore
import APIConformSigning

/// Huawei Cloud in the stand-in: SDK-HMAC-SHA256 (AK/SK) or `X-Auth-Token` authentication as API
/// Gateway checks it, and the `error_code`/`error_msg` body.
public struct HuaweiStandIn: StandInProvider {
    public static let name = HuaweiProvider.name
    public static var acceptedVariables: String {
        "\(HuaweiProvider.ak.defaultName) / \(HuaweiProvider.sk.defaultName), \(HuaweiProvider.authToken.defaultName)"
    }

    /// AK → SK.
    public var keys: [String: String]
    public var tokens: Set<String>
    /// The project the tokens are scoped to: an IAM token is issued for one project, so a token
    /// request for another `{project_id}` is refused as the gateway does. Nil accepts any project.
    public var projectID: String?

    public init(keys: [String: String] = [:], tokens: Set<String> = [], projectID: String? = nil) {
        self.keys = keys
        self.tokens = tokens
        self.projectID = projectID
    }

    public init(environment: [String: String]) {
        let variables = CredentialVariables()
        self.init(projectID: variables.value(of: HuaweiProvider.projectID, in: environment))
        if let ak = variables.value(of: HuaweiProvider.ak, in: environment), let sk = variables.value(of: HuaweiProvider.sk, in: environment) {
            keys[ak] = sk
        }
        if let token = variables.value(of: HuaweiProvider.authToken, in: environment) { tokens.insert(token) }
    }

    public func verify(_ request: StandInRequest, contract: Contract) -> VerificationOutcome {
        if let token = request.header("x-auth-token") {
            guard tokens.contains(token) else {
                return .rejected(ErrorAnswer(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: verify token fail"))
            }
            if let projectID, let requested = Self.projectID(in: request.path, template: contract.http.path), requested != projectID {
                return .rejected(ErrorAnswer(status: 403, code: "APIGW.0302",
                                                     message: "The token's project does not match project_id '\(requested)' in the URL"))
            }
            return .accepted(nonce: nil, timestamp: nil)
        }
        return VerificationOutcome(HuaweiSDKSigner.verify(request.received) { keys[$0] }, failure: Self.failure)
    }

    /// The `{project_id}` segment of a request path, aligned with the contract's path template.
    static func projectID(in path: String, template: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let templateSegments = template.split(separator: "/", omittingEmptySubsequences: false)
        guard let index = templateSegments.firstIndex(of: "{project_id}"), segments.count == templateSegments.count else { return nil }
        return QueryString.percentDecode(String(segments[index]))
    }

    static func failure(_ rejection: SignatureRejection) -> ErrorAnswer {
        if case .unknownAccessKey(let id) = rejection {
            return ErrorAnswer(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: Get secretKey failed,ak:\(id),err:ak not exist")
        }
        return ErrorAnswer(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: verify aksk signature fail (\(rejection))")
    }

    public static func errorBody(code: String, message: String) -> String {
        "{\"error_code\":\(JSONValue.quoted(code)),\"error_msg\":\(JSONValue.quoted(message))}"
    }

    public static let throttling = ErrorAnswer(status: 429, code: "APIGW.0308", message: "The throttling threshold has been reached")
    public static let internalError = ErrorAnswer(status: 500, code: "VOD.10001", message: "Internal server error.")

    public static func notFoundCode(recording: Bool) -> String {
        "VOD.10404"
    }

    public static func invalidParameter(_ name: String, reason: String) -> ErrorAnswer {
        ErrorAnswer(status: 400, code: "VOD.10053", message: "illegal field: \(name)")
    }
}
