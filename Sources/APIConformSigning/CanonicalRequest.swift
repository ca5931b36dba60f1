/// The six-part canonical request that both header signatures hash.
///
/// Alibaba ACS3 and Huawei SDK-HMAC-SHA256 share the layout
/// `METHOD\nURI\nQUERY\nHEADERS\nSIGNED-HEADERS\nPAYLOAD-HASH`, where HEADERS is one
/// `name:value\n` line per signed header, so an empty line always precedes the signed-header
/// list. They differ in how each part is derived, which stays in the signers; this type only
/// assembles the parts, so a verifier rebuilds exactly what a signer built.
public struct CanonicalRequest: Sendable, Hashable {
    public var method: String
    public var uri: String
    public var query: String
    /// Lower-case names with their canonical values, already in code-point order by name.
    public var headers: [HeaderField]
    public var payloadHash: String

    public init(method: String, uri: String, query: String, headers: [HeaderField], payloadHash: String) {
        self.method = method
        self.uri = uri
        self.query = query
        self.headers = headers
        self.payloadHash = payloadHash
    }

    /// The header names joined with `;`: the `SignedHeaders` of the Authorization header.
    public var signedHeaders: String {
        headers.map(\.name).joined(separator: ";")
    }

    /// The text that is hashed.
    public var text: String {
        let headerLines = headers.map { "\($0.name):\($0.value)\n" }.joined()
        return [method, uri, query, headerLines, signedHeaders, payloadHash].joined(separator: "\n")
    }

    /// Lower-case hex SHA-256 of `text`: the last line of both providers' string to sign.
    public var hashHex: String {
        SigningDigest.sha256Hex(text)
    }
}
