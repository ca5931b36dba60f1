/// An HTTP request as a signer sees it, before its signature is added.
///
/// It carries exactly what the three algorithms cover: the method, where the request goes,
/// the path, the query as ordered pairs (repeated names allowed), the headers and the body
/// bytes. Nothing here is encoded yet: query names and values are plain text, and each signer
/// applies its provider's encoding when it builds the canonical form and the wire URL.
public struct SigningRequest: Sendable, Hashable {
    /// The HTTP method in upper case, e.g. `POST`. Signed as given.
    public var method: String
    /// `https` or `http`; only used to render the URL.
    public var scheme: String
    /// The host name without a port.
    public var host: String
    /// An explicit port, or `nil` for the scheme's default. Part of the signed `Host` value.
    public var port: Int?
    /// The resource path as it goes on the wire, e.g. `/` or `/v1.0/<project>/asset/info`.
    public var path: String
    /// The query parameters as plain text, in the order they should be sent.
    public var query: [QueryParameter]
    /// The headers present at signing time; the Alibaba ACS3 signer signs all of them.
    public var headers: [HeaderField]
    /// The body bytes; empty for the read-only operations in scope.
    public var body: [UInt8]

    public init(
        method: String,
        scheme: String = "https",
        host: String,
        port: Int? = nil,
        path: String = "/",
        query: [QueryParameter] = [],
        headers: [HeaderField] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// `host[:port]`: the value both providers sign as the `Host` header.
    ///
    /// A custom endpoint's port is part of it, so a stand-in on `127.0.0.1:8443` is signed
    /// as that, not as the bare host.
    public var authority: String {
        guard let port else { return host }
        return "\(host):\(port)"
    }

    /// The path followed by `?` and the already-encoded query, or the bare path when the
    /// query is empty (the SDKs strip a trailing `?`).
    public func target(encodedQuery: String) -> String {
        encodedQuery.isEmpty ? path : "\(path)?\(encodedQuery)"
    }

    /// The absolute URL for an already-encoded query.
    public func url(encodedQuery: String) -> String {
        "\(scheme)://\(authority)\(target(encodedQuery: encodedQuery))"
    }
}
