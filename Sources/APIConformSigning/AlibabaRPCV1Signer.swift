/// Signs Alibaba Cloud RPC requests with signature version 1.0: HMAC-SHA1 in the query.
///
/// This is the path `alibabacloud-tea-openapi` takes when a caller opts in with
/// `signature_algorithm='v2'`, and the only one the older `aliyun-python-sdk-core` knows.
/// (By default the ICE and VOD clients use `AlibabaACS3Signer` instead.)
///
/// The string to sign is `METHOD&%2F&` + encode(canonical query), where the canonical query
/// is the parameters sorted by name, each side RFC 3986-encoded; the whole canonical query is
/// then encoded a second time. The key is the secret followed by `&`, and the Base64
/// signature travels as one more query parameter, `Signature`.
public struct AlibabaRPCV1Signer: Sendable, Hashable {
    /// Which SDK's parameter set and wire encoding to reproduce.
    public enum Variant: Sendable, Hashable {
        /// `alibabacloud-tea-openapi` `do_rpcrequest`: `Format=json`, wire query written by
        /// Python's `urlencode` (a space is `+`).
        case teaOpenAPI
        /// `aliyun-python-sdk-core` `get_signed_url`: `Format=JSON`, an empty but signed
        /// `SignatureType`, wire query RFC 3986-encoded (a space is `%20`).
        case legacyCore
    }

    public static let signatureMethod = "HMAC-SHA1"
    public static let signatureVersion = "1.0"

    public var variant: Variant

    public init(variant: Variant = .teaOpenAPI) {
        self.variant = variant
    }

    /// The parameters the chosen SDK sends before `Signature`, in its order.
    ///
    /// `business` holds the operation's own parameters already serialised to text (the SDKs
    /// use Python `str()`, so booleans are `True`/`False`). The order matters only for the
    /// wire URL, which the vectors compare byte for byte; the signature sorts anyway.
    public func parameters(
        action: String,
        version: String,
        business: [QueryParameter],
        credentials: SigningCredentials,
        attempt: SigningAttempt
    ) -> [QueryParameter] {
        let token = credentials.securityToken.map { [QueryParameter("SecurityToken", $0)] } ?? []
        switch variant {
        case .teaOpenAPI:
            // Common parameters, then the nonce, the business parameters, the STS token and
            // last the signature metadata: the order `do_rpcrequest` fills its dict in.
            return [
                QueryParameter("Action", action),
                QueryParameter("Format", "json"),
                QueryParameter("Version", version),
                QueryParameter("Timestamp", attempt.alibabaTimestamp),
                QueryParameter("SignatureNonce", attempt.nonce),
            ] + business + token + [
                QueryParameter("SignatureMethod", Self.signatureMethod),
                QueryParameter("SignatureVersion", Self.signatureVersion),
                QueryParameter("AccessKeyId", credentials.accessKeyId),
            ]
        case .legacyCore:
            // The request's own query first, then what `__refresh_sign_parameters` appends.
            return [QueryParameter("Action", action), QueryParameter("Version", version)] + business + token + [
                QueryParameter("Timestamp", attempt.alibabaTimestamp),
                QueryParameter("SignatureMethod", Self.signatureMethod),
                QueryParameter("SignatureType", ""),
                QueryParameter("SignatureVersion", Self.signatureVersion),
                QueryParameter("SignatureNonce", attempt.nonce),
                QueryParameter("AccessKeyId", credentials.accessKeyId),
                QueryParameter("Format", "JSON"),
            ]
        }
    }

    /// Signs `request`, whose query already holds every parameter (see `parameters`).
    ///
    /// A form-encoded body is signed too, as the SDK signs the union of query and body. The
    /// returned request carries `Signature` as its last query parameter.
    public func sign(_ request: SigningRequest, credentials: SigningCredentials) -> SignedRequest {
        let signed = Self.signedParameters(query: request.query, headers: request.headers, body: request.body)
        let canonical = Self.canonicalQuery(signed)
        let stringToSign = Self.stringToSign(method: request.method, canonicalQuery: canonical)
        let signature = Self.signature(stringToSign: stringToSign, secret: credentials.secret)

        var sent = request
        sent.query = request.query.removing(named: "Signature") + [QueryParameter("Signature", signature)]
        let encodedQuery = switch variant {
        case .teaOpenAPI: PercentEncoding.formQuery(sent.query)
        case .legacyCore: PercentEncoding.rfc3986Query(sent.query)
        }
        return SignedRequest(
            request: sent,
            target: sent.target(encodedQuery: encodedQuery),
            canonicalRequest: canonical,
            stringToSign: stringToSign,
            signature: signature,
            authorization: nil
        )
    }

    /// The parameter set a signature covers: every parameter but `Signature` itself.
    public static func signedParameters(query: [QueryParameter], headers: [HeaderField], body: [UInt8]) -> [QueryParameter] {
        receivedParameters(query: query, headers: headers, body: body).removing(named: "Signature")
    }

    /// The query overlaid by a form-encoded body (the body wins on a repeated name), one
    /// value per name, as the SDK's parameter dictionary holds them.
    static func receivedParameters(query: [QueryParameter], headers: [HeaderField], body: [UInt8]) -> [QueryParameter] {
        guard isFormEncoded(headers), !body.isEmpty else { return query.uniquedByName() }
        let form = PercentEncoding.decodeQuery(String(decoding: body, as: UTF8.self))
        let bodyNames = Set(form.map(\.name))
        return (query.filter { !bodyNames.contains($0.name) } + form).uniquedByName()
    }

    /// The parameters sorted by name, each side RFC 3986-encoded, joined as `k=v&k=v`.
    public static func canonicalQuery(_ parameters: [QueryParameter]) -> String {
        PercentEncoding.rfc3986Query(CodePointOrder.sortedByName(parameters))
    }

    /// `METHOD&%2F&` followed by the canonical query encoded once more.
    public static func stringToSign(method: String, canonicalQuery: String) -> String {
        "\(method)&\(PercentEncoding.rfc3986("/"))&\(PercentEncoding.rfc3986(canonicalQuery))"
    }

    /// Base64 HMAC-SHA1 under `secret + "&"`: the `&` stands for the empty token secret of
    /// the OAuth-style scheme this descends from, and forgetting it is the classic bug.
    public static func signature(stringToSign: String, secret: String) -> String {
        SigningDigest.hmacSHA1Base64(key: secret + "&", message: stringToSign)
    }

    static func isFormEncoded(_ headers: [HeaderField]) -> Bool {
        guard let type = headers.firstValue(named: "Content-Type") else { return false }
        return type.lowercased().hasPrefix("application/x-www-form-urlencoded")
    }
}
