import APIConformCore
import APIConformSigning

/// Alibaba Cloud in the stand-in: ACS3 (`Authorization` header) and RPC v1 (`Signature` parameter)
/// verification, anonymous operations let through, and the POP gateway's error body and codes.
public struct AlibabaStandIn: StandInProvider {
    public static let name = AlibabaProvider.name
    public static var acceptedVariables: String {
        "\(AlibabaProvider.accessKeyID.defaultName) / \(AlibabaProvider.accessKeySecret.defaultName)"
    }

    /// AccessKey id → secret.
    public var keys: [String: String]

    public init(keys: [String: String] = [:]) {
        self.keys = keys
    }

    public init(environment: [String: String]) {
        let variables = CredentialVariables()
        self.init()
        if let id = variables.value(of: AlibabaProvider.accessKeyID, in: environment),
           let secret = variables.value(of: AlibabaProvider.accessKeySecret, in: environment) {
            keys[id] = secret
        }
    }

    public func verify(_ request: StandInRequest, contract: Contract) -> VerificationOutcome {
        if contract.http.anonymous { return .accepted(nonce: nil, timestamp: nil) }
        let received = request.received
        if request.header("authorization") != nil {
            return VerificationOutcome(AlibabaACS3Signer.verify(received) { keys[$0] }) { Self.failure($0, acs3: true) }
        }
        return VerificationOutcome(AlibabaRPCV1Signer.verify(received) { keys[$0] }) { Self.failure($0, acs3: false) }
    }

    /// The gateway's words for a rejection; ACS3 and RPC v1 name a mismatched signature differently.
    static func failure(_ rejection: SignatureRejection, acs3: Bool) -> ErrorAnswer {
        switch rejection {
        case .unknownAccessKey:
            return ErrorAnswer(status: 404, code: "InvalidAccessKeyId.NotFound", message: "Specified access key is not found.")
        case .missingParameter(let name):
            return ErrorAnswer(status: 400, code: "MissingParameter", message: "The input parameter \"\(name)\" that is mandatory for processing this request is not supplied.")
        case .signatureMismatch(let stringToSign, _):
            return acs3
                ? ErrorAnswer(status: 400, code: "IncompleteSignature", message: "The request signature does not conform to Aliyun standards. server string to sign is:\(stringToSign)")
                : ErrorAnswer(status: 400, code: "SignatureDoesNotMatch", message: "Specified signature is not matched with our calculation. server string to sign is:\(stringToSign)")
        default:
            return ErrorAnswer(status: 400, code: acs3 ? "IncompleteSignature" : "SignatureDoesNotMatch", message: "\(rejection)")
        }
    }

    public static func errorBody(code: String, message: String) -> String {
        "{\"RequestId\":\"00000000-0000-4000-8000-000000000000\",\"HostId\":\"apiconform-stand-in\",\"Code\":\(JSONValue.quoted(code)),\"Message\":\(JSONValue.quoted(message)),\"Recommend\":\"\"}"
    }

    public static let throttling = ErrorAnswer(status: 503, code: "Throttling.User", message: "Request was denied due to user flow control.")
    public static let internalError = ErrorAnswer(status: 500, code: "InternalError", message: "The request processing has failed due to some unknown error.")

    public static func notFoundCode(recording: Bool) -> String {
        recording ? "RecordingNotFound" : "InvalidAction.NotFound"
    }

    public static func invalidParameter(_ name: String, reason: String) -> ErrorAnswer {
        ErrorAnswer(status: 400, code: "InvalidParameter", message: "The specified parameter \"\(name)\" is not valid: \(reason)")
    }
}
