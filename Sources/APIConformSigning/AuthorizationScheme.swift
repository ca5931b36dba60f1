/// How one provider writes the Authorization header of a header signature.
///
/// ACS3 writes `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=…,Signature=…` and Huawei
/// `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=…, Signature=…`: the same three fields under a
/// different algorithm name, key-id field and separator. Both signers finish a signature and
/// both verifiers read one through this type, so the two directions cannot drift apart.
public struct AuthorizationScheme: Sendable, Hashable {
    public var algorithm: String
    /// The field naming the key id: `Credential` (Alibaba) or `Access` (Huawei).
    public var keyField: String
    /// What goes between fields: `,` (Alibaba) or `, ` (Huawei).
    public var separator: String

    public init(algorithm: String, keyField: String, separator: String) {
        self.algorithm = algorithm
        self.keyField = keyField
        self.separator = separator
    }

    /// The header value for a signature over `canonical`.
    public func render(accessKeyId: String, canonical: CanonicalRequest, signature: String) -> String {
        AuthorizationHeader(algorithm: algorithm, fields: [
            QueryParameter(keyField, accessKeyId),
            QueryParameter("SignedHeaders", canonical.signedHeaders),
            QueryParameter("Signature", signature),
        ]).rendered(separator: separator)
    }

    /// Adds the Authorization header to `request` and packages every intermediate string.
    ///
    /// `request` must already hold exactly the headers that were signed, and its query the
    /// order it is sent in; `encodedQuery` is that query as it goes on the wire.
    func signedRequest(
        _ request: SigningRequest,
        accessKeyId: String,
        canonical: CanonicalRequest,
        stringToSign: String,
        signature: String,
        encodedQuery: String
    ) -> SignedRequest {
        let authorization = render(accessKeyId: accessKeyId, canonical: canonical, signature: signature)
        var sent = request
        sent.headers.append(HeaderField("Authorization", authorization))
        return SignedRequest(
            request: sent,
            target: sent.target(encodedQuery: encodedQuery),
            canonicalRequest: canonical.text,
            stringToSign: stringToSign,
            signature: signature,
            authorization: authorization
        )
    }
}
