/// The provider-shaped parts of what `apiconform init` writes for a new operation: the contract's
/// `http:`, `response:` and `errors:` sections and the recording template's request and body. Each
/// TODO says what to take from the provider's documentation.
public struct ProviderScaffold: Sendable {
    /// The contract's `http:` line.
    public var http: String
    public var response: String
    public var errors: String
    /// The recording template's request line (`METHOD URL`) and its `> ` header lines.
    public var request: String
    public var headers: String
    public var body: String

    public init(http: String, response: String, errors: String, request: String, headers: String, body: String) {
        self.http = http
        self.response = response
        self.errors = errors
        self.request = request
        self.headers = headers
        self.body = body
    }
}
