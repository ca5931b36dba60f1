/// The outcome of checking a received request's signature.
///
/// A success carries what a server still has to police itself, because it needs state or a
/// clock the verifier does not own: the timestamp for the 15-minute window and the nonce for
/// replay detection (Huawei has no nonce).
public enum SignatureVerification: Sendable, Hashable {
    case valid(VerifiedSignature)
    case invalid(SignatureRejection)

    public var isValid: Bool {
        if case .valid = self { return true }
        return false
    }

    /// Why the request was rejected, or `nil` when it verified.
    public var rejection: SignatureRejection? {
        if case .invalid(let rejection) = self { return rejection }
        return nil
    }
}

/// What a verified signature vouches for.
public struct VerifiedSignature: Sendable, Hashable {
    /// The access key id (Alibaba) or AK (Huawei) the request was signed with.
    public var accessKeyId: String
    /// The signed timestamp text: `Timestamp`, `x-acs-date` or `X-Sdk-Date`.
    public var timestamp: String
    /// The signed nonce, `nil` for Huawei.
    public var nonce: String?

    public init(accessKeyId: String, timestamp: String, nonce: String?) {
        self.accessKeyId = accessKeyId
        self.timestamp = timestamp
        self.nonce = nonce
    }
}
