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

/// A provider module: turns a case's request into a signed HTTP request. Called once per attempt,
/// so every attempt carries a fresh nonce and date.
public protocol ProviderAdapter: Sendable {
    func prepare(_ testCase: TestCase, contract: Contract, target: Target, credentials: Credentials) throws(CredentialError) -> PreparedRequest

    /// Whether an answer says the provider could not authenticate the request (unknown key, bad
    /// signature, expired token): such an answer is about our credentials, never about the operation,
    /// so record mode never keeps it.
    func rejectsCredentials(status: Int, code: String?) -> Bool
}
