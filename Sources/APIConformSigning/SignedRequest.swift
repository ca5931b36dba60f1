/// A request with its signature applied, plus every intermediate string that produced it.
///
/// The intermediates are kept because they are what an engineer compares when a provider
/// answers `SignatureDoesNotMatch`, and what the test vectors pin byte for byte.
public struct SignedRequest: Sendable, Hashable {
    /// The request to send: the query in wire order (with `Signature` for RPC v1) and the
    /// headers with `Authorization` added for the header signatures.
    public var request: SigningRequest
    /// The path plus `?` and the encoded query exactly as sent (the HTTP request target).
    public var target: String
    /// The canonical form that was hashed or signed. For ACS3 and Huawei the full canonical
    /// request; for RPC v1 the sorted, encoded parameter string that the string to sign wraps.
    public var canonicalRequest: String
    /// The exact text the MAC was computed over.
    public var stringToSign: String
    /// The signature as the provider writes it (Base64 for RPC v1, lower-case hex otherwise).
    public var signature: String
    /// The `Authorization` header value, or `nil` for RPC v1, which signs in the query.
    public var authorization: String?

    public init(
        request: SigningRequest,
        target: String,
        canonicalRequest: String,
        stringToSign: String,
        signature: String,
        authorization: String?
    ) {
        self.request = request
        self.target = target
        self.canonicalRequest = canonicalRequest
        self.stringToSign = stringToSign
        self.signature = signature
        self.authorization = authorization
    }

    /// The absolute URL to send: scheme, `host[:port]` and `target`.
    public var url: String {
        "\(request.scheme)://\(request.authority)\(target)"
    }
}
