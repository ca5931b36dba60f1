import APIConformCore

/// An HTTP request ready to send: signed, with every header the signature covers.
public struct PreparedRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The path and query after scheme and authority, as a recording's request line shows it.
    public var target: String { url }
}
