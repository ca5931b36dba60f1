/// Why a received request failed signature verification.
///
/// Each case names what a stand-in server needs to answer the way the provider would: a
/// missing piece, an unknown key, or a mismatch together with the server's own string to
/// sign (Alibaba's `IncompleteSignature` message quotes it) and canonical request.
public enum SignatureRejection: Sendable, Hashable, Error {
    /// No `Authorization` header on a request that needs one.
    case missingAuthorization
    /// An `Authorization` header that could not be read; the text says what was wrong.
    case malformedAuthorization(String)
    /// A signature algorithm, method or version the verifier does not implement.
    case unsupportedAlgorithm(String)
    /// A required query parameter is absent (RPC v1: `Signature`, `AccessKeyId`, …).
    case missingParameter(String)
    /// A header the signature covers, or must cover, is absent from the request.
    case missingHeader(String)
    /// A header that must be signed is present but not listed in `SignedHeaders`.
    case headerNotSigned(String)
    /// No secret is known for this access key id.
    case unknownAccessKey(String)
    /// `x-acs-content-sha256` does not match the SHA-256 of the body actually received.
    case contentHashMismatch(claimed: String, actual: String)
    /// The recomputed signature differs from the one sent.
    case signatureMismatch(stringToSign: String, canonicalRequest: String)
}

extension SignatureRejection: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingAuthorization:
            return "the request has no Authorization header"
        case .malformedAuthorization(let reason):
            return "the Authorization header is malformed: \(reason)"
        case .unsupportedAlgorithm(let name):
            return "unsupported signature algorithm \(name)"
        case .missingParameter(let name):
            return "the required parameter \(name) is missing"
        case .missingHeader(let name):
            return "the header \(name) is missing"
        case .headerNotSigned(let name):
            return "the header \(name) must be signed but is not in SignedHeaders"
        case .unknownAccessKey(let id):
            return "no secret is known for access key \(id)"
        case .contentHashMismatch(let claimed, let actual):
            return "x-acs-content-sha256 is \(claimed) but the body hashes to \(actual)"
        case .signatureMismatch(let stringToSign, _):
            return "the signature does not match; the server's string to sign is: \(stringToSign)"
        }
    }
}
