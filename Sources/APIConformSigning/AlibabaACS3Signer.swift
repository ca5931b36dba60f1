/// Signs Alibaba Cloud requests with ACS3-HMAC-SHA256, the V3 header signature.
///
/// This is what `alibabacloud-tea-openapi` uses by default for every ICE and VOD operation in
/// scope. The business parameters stay in the query; the signature goes into
///
///     Authorization: ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>
///
/// with no spaces after the commas. Unlike AWS SigV4 there is no key derivation: the MAC key
/// is the secret as-is, and **every header present at signing time is signed**, so nothing
/// may be added or changed after `sign` (an HTTP stack's own `Content-Type` included).
public struct AlibabaACS3Signer: Sendable, Hashable {
    public static let algorithm = "ACS3-HMAC-SHA256"
    public static let scheme = AuthorizationScheme(algorithm: algorithm, keyField: "Credential", separator: ",")

    /// Headers a faithful server insists are signed (plus the STS pair when sent).
    public static let requiredSignedHeaders = [
        "host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256",
    ]

    public init() {}

    /// The headers `do_request` puts on a request before signing, in its order.
    ///
    /// - Parameters:
    ///   - authority: the endpoint as `host[:port]` (see `SigningRequest.authority`).
    ///   - credentialsProvider: the credentials library's `x-acs-credentials-provider`
    ///     (`static_ak`, `static_sts`), or `nil` to leave it out.
    ///   - body: the bytes that will be sent; its hash is signed.
    public static func headers(
        authority: String,
        action: String,
        version: String,
        userAgent: String,
        credentials: SigningCredentials,
        credentialsProvider: String?,
        attempt: SigningAttempt,
        body: [UInt8] = []
    ) -> [HeaderField] {
        var headers = [
            HeaderField("host", authority),
            HeaderField("x-acs-version", version),
            HeaderField("x-acs-action", action),
            HeaderField("user-agent", userAgent),
            HeaderField("x-acs-date", attempt.alibabaTimestamp),
            HeaderField("x-acs-signature-nonce", attempt.nonce),
            HeaderField("accept", "application/json"),
            HeaderField("x-acs-content-sha256", SigningDigest.sha256Hex(body)),
        ]
        if let credentialsProvider {
            headers.append(HeaderField("x-acs-credentials-provider", credentialsProvider))
        }
        if let token = credentials.securityToken {
            headers.append(HeaderField("x-acs-accesskey-id", credentials.accessKeyId))
            headers.append(HeaderField("x-acs-security-token", token))
        }
        return headers
    }

    /// Signs every header on `request` and adds `Authorization`.
    ///
    /// An `Authorization` already present (from an earlier attempt) is dropped first rather
    /// than signed. The wire query keeps the caller's order, written as Python's `urlencode`
    /// does, since that is the URL the SDK sends.
    public func sign(_ request: SigningRequest, credentials: SigningCredentials) -> SignedRequest {
        var sent = request
        sent.headers = request.headers.filter { $0.canonicalName != "authorization" }
        let canonical = Self.canonicalRequest(
            method: sent.method,
            path: sent.path,
            query: sent.query,
            headers: sent.headers,
            signedNames: sent.headers.canonicalNames(),
            payloadHash: SigningDigest.sha256Hex(sent.body)
        )
        let stringToSign = Self.stringToSign(canonical)
        let signature = Self.signature(stringToSign: stringToSign, secret: credentials.secret)
        return Self.scheme.signedRequest(
            sent,
            accessKeyId: credentials.accessKeyId,
            canonical: canonical,
            stringToSign: stringToSign,
            signature: signature,
            encodedQuery: PercentEncoding.formQuery(sent.query)
        )
    }

    /// Builds the canonical request over the headers called `signedNames`.
    ///
    /// The URI is the path exactly as given (`/` when empty): the SDK does not re-encode it.
    /// Header values are trimmed; a name that occurs more than once has its values sorted
    /// and joined with `,`.
    public static func canonicalRequest(
        method: String,
        path: String,
        query: [QueryParameter],
        headers: [HeaderField],
        signedNames: [String],
        payloadHash: String
    ) -> CanonicalRequest {
        let canonicalHeaders = signedNames.map { name in
            let values = headers.values(named: name).map { $0.trimmingWhitespace() }.sorted(by: CodePointOrder.precedes)
            return HeaderField(name, values.joined(separator: ","))
        }
        return CanonicalRequest(
            method: method,
            uri: path.isEmpty ? "/" : path,
            query: canonicalQuery(query),
            headers: canonicalHeaders,
            payloadHash: payloadHash
        )
    }

    /// Names sorted by code point, each `name=` + RFC 3986-encoded value, joined with `&`.
    ///
    /// The SDK's `get_canonical_query_string` does not encode the names, and neither does
    /// this: real parameter names are alphanumeric, and the vectors pin the SDK's behaviour.
    /// A repeated name keeps its last value, as the SDK's query dictionary would.
    public static func canonicalQuery(_ query: [QueryParameter]) -> String {
        CodePointOrder.sortedByName(query.uniquedByName())
            .map { "\($0.name)=\(PercentEncoding.rfc3986($0.value))" }
            .joined(separator: "&")
    }

    /// `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request.
    public static func stringToSign(_ canonical: CanonicalRequest) -> String {
        "\(algorithm)\n\(canonical.hashHex)"
    }

    /// Lower-case hex HMAC-SHA256 under the secret as-is (no `&`, unlike RPC v1).
    public static func signature(stringToSign: String, secret: String) -> String {
        SigningDigest.hmacSHA256Hex(key: secret, message: stringToSign)
    }
}
