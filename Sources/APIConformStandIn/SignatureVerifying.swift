import APIConformCore

/// Checks a request's authentication as the provider's gateway would.
public protocol SignatureVerifying: Sendable {
    func verify(_ request: StandInRequest, contract: Contract) -> VerificationOutcome
}

/// Accepted (with the nonce and date the stand-in checks for replay and age), or rejected.
public enum VerificationOutcome: Sendable {
    case accepted(nonce: String?, timestamp: String?)
    case rejected(VerificationFailure)
}

/// A rejected request: the provider's status, error code and message (Alibaba includes its string-to-sign).
public struct VerificationFailure: Sendable, Hashable {
    public var status: Int
    public var code: String
    public var message: String
    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }
}
