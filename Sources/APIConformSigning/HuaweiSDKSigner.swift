import Foundation

/// Signs Huawei Cloud requests with SDK-HMAC-SHA256, the default of `huaweicloudsdkcore`.
///
/// The layout resembles AWS SigV4 without its key derivation or scope:
///
///     Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>
///
/// with a comma *and a space* between fields (unlike Alibaba). What differs in detail, and
/// what the vectors pin: the canonical URI always ends in `/` though the path sent does not;
/// repeated query names are sorted by name and then by value; header names containing `_`
/// are never signed; and the URL actually sent carries the sorted canonical query, so
/// repeated `asset_id` values reach the server sorted rather than in caller order.
public struct HuaweiSDKSigner: Sendable, Hashable {
    public static let algorithm = "SDK-HMAC-SHA256"
    public static let scheme = AuthorizationScheme(algorithm: algorithm, keyField: "Access", separator: ", ")
    /// The `X-Sdk-Content-Sha256` value the SDK sets for non-JSON bodies.
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"

    public init() {}

    /// The headers `VodClient` and `BasicCredentials` set before the signer runs, in order.
    ///
    /// The SDK sends `Content-Type: application/json` even on a GET; pass `nil` to leave it
    /// out, as `ignore_content_type_for_get_request` does. `userAgent` is the full value; the
    /// Python SDK writes `huaweicloud-usdk-python/3.0; <configured agent>`.
    public static func headers(
        userAgent: String,
        credentials: SigningCredentials,
        contentType: String? = "application/json"
    ) -> [HeaderField] {
        var headers: [HeaderField] = []
        if let contentType { headers.append(HeaderField("Content-Type", contentType)) }
        headers.append(HeaderField("User-Agent", userAgent))
        if let projectId = credentials.projectId { headers.append(HeaderField("X-Project-Id", projectId)) }
        if let token = credentials.securityToken { headers.append(HeaderField("X-Security-Token", token)) }
        return headers
    }

    /// Adds the signer's own headers, signs, and returns the request as the SDK sends it.
    ///
    /// In the SDK's order it adds `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` when a non-JSON,
    /// non-BSON Content-Type is present, `X-Sdk-Date` from `date` unless the caller set one
    /// (a caller's value is reused), and `Host` as `host[:port]` unless present. Then
    /// `Authorization`, and the query is replaced by its sorted canonical form. An
    /// `Authorization` left from an earlier attempt is dropped first rather than signed.
    public func sign(_ request: SigningRequest, credentials: SigningCredentials, date: Date) -> SignedRequest {
        var sent = request
        sent.headers = request.headers.filter { $0.canonicalName != "authorization" }
        if let type = sent.headers.firstValue(named: "Content-Type"),
           !type.hasPrefix("application/json"), !type.hasPrefix("application/bson"),
           !sent.headers.contains(named: "X-Sdk-Content-Sha256") {
            sent.headers.append(HeaderField("X-Sdk-Content-Sha256", Self.unsignedPayload))
        }
        if !sent.headers.contains(named: "X-Sdk-Date") {
            sent.headers.append(HeaderField("X-Sdk-Date", SigningTime.huawei(date)))
        }
        if !sent.headers.contains(named: "Host") {
            sent.headers.append(HeaderField("Host", sent.authority))
        }

        let canonical = Self.canonicalRequest(
            method: sent.method,
            path: sent.path,
            query: sent.query,
            headers: sent.headers,
            signedNames: Self.signedHeaderNames(sent.headers),
            body: sent.body
        )
        let sdkDate = sent.headers.firstValue(named: "X-Sdk-Date") ?? SigningTime.huawei(date)
        let stringToSign = Self.stringToSign(date: sdkDate, canonical: canonical)
        let signature = Self.signature(stringToSign: stringToSign, secret: credentials.secret)
        sent.query = Self.sortedQuery(sent.query)
        return Self.scheme.signedRequest(
            sent,
            accessKeyId: credentials.accessKeyId,
            canonical: canonical,
            stringToSign: stringToSign,
            signature: signature,
            encodedQuery: canonical.query
        )
    }

    /// Builds the canonical request over the headers called `signedNames`.
    public static func canonicalRequest(
        method: String,
        path: String,
        query: [QueryParameter],
        headers: [HeaderField],
        signedNames: [String],
        body: [UInt8]
    ) -> CanonicalRequest {
        // The SDK keeps headers in a dict keyed by lower-cased name, so the last value wins.
        let canonicalHeaders = signedNames.map { name in
            HeaderField(name, (headers.values(named: name).last ?? "").trimmingWhitespace())
        }
        return CanonicalRequest(
            method: method,
            uri: canonicalURI(path),
            query: canonicalQuery(query),
            headers: canonicalHeaders,
            payloadHash: payloadHash(body: body, headers: headers)
        )
    }

    /// Every header name without `_`, lower-cased, de-duplicated and sorted.
    public static func signedHeaderNames(_ headers: [HeaderField]) -> [String] {
        headers.canonicalNames().filter { !$0.contains("_") }
    }

    /// Decodes the path, RFC 3986-encodes each segment, and ends it with `/`.
    public static func canonicalURI(_ path: String) -> String {
        let segments = PercentEncoding.decode(path, plusAsSpace: false)
            .split(separator: "/", omittingEmptySubsequences: false)
            .map { PercentEncoding.rfc3986(String($0)) }
        let uri = segments.joined(separator: "/")
        return uri.hasSuffix("/") ? uri : uri + "/"
    }

    /// The pairs sorted by name and then value, the order the SDK signs and sends them in.
    ///
    /// Values are compared as text. The SDK compares Python values, so a multi-valued
    /// integer parameter would sort numerically there; none of the operations in scope has one.
    public static func sortedQuery(_ query: [QueryParameter]) -> [QueryParameter] {
        query.sorted(by: CodePointOrder.precedes)
    }

    /// The sorted pairs, RFC 3986-encoded on both sides (a space is `%20`).
    public static func canonicalQuery(_ query: [QueryParameter]) -> String {
        PercentEncoding.rfc3986Query(sortedQuery(query))
    }

    /// SHA-256 of an empty body; otherwise `X-Sdk-Content-Sha256` as-is when present, else
    /// the hex SHA-256 of the body.
    public static func payloadHash(body: [UInt8], headers: [HeaderField]) -> String {
        if body.isEmpty { return SigningDigest.emptyPayloadHash }
        if let declared = headers.firstValue(named: "X-Sdk-Content-Sha256") { return declared }
        return SigningDigest.sha256Hex(body)
    }

    /// `SDK-HMAC-SHA256\n<X-Sdk-Date>\n` + hex SHA-256 of the canonical request.
    public static func stringToSign(date: String, canonical: CanonicalRequest) -> String {
        "\(algorithm)\n\(date)\n\(canonical.hashHex)"
    }

    /// Lower-case hex HMAC-SHA256 under the SK as-is.
    public static func signature(stringToSign: String, secret: String) -> String {
        SigningDigest.hmacSHA256Hex(key: secret, message: stringToSign)
    }
}
