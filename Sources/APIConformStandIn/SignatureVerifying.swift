import APIConformCore
import APIConformSigning

/// Checks a request's authentication as the provider's gateway would.
public protocol SignatureVerifying: Sendable {
    func verify(_ request: StandInRequest, contract: Contract) -> VerificationOutcome
}

/// Accepted (with the nonce and date the stand-in checks for replay and age), or rejected.
public enum VerificationOutcome: Sendable {
    case accepted(nonce: String?, timestamp: String?)
    case rejected(ErrorAnswer)

    /// A signing library verdict as the provider answers it: accepted with the signature's nonce and
    /// date, or rejected as `failure` words the rejection.
    init(_ verification: SignatureVerification, failure: (SignatureRejection) -> ErrorAnswer) {
        switch verification {
        case .valid(let signature):
            self = .accepted(nonce: signature.nonce, timestamp: signature.timestamp)
        case .invalid(let rejection):
            self = .rejected(failure(rejection))
        }
    }
}
