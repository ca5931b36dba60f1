/// Where a case's request goes: recordings (replay), or a live endpoint in later modes.
public protocol Transport: Sendable {
    /// The mode name reported in JUnit properties: `replay`, `live`, `record`.
    var mode: String { get }
    /// The target name reported in JUnit properties.
    var targetName: String { get }
    func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure>
}

/// A response as the evaluator sees it.
public struct Exchange: Sendable {
    public var status: Int
    public var headers: [Recording.Header]
    public var body: [UInt8]
    /// The recording the response came from or went to, for reports (nil: a live response not recorded).
    public var source: String?

    public init(status: Int, headers: [Recording.Header], body: [UInt8], source: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.source = source
    }
}

/// Anything that kept a case from getting a response: a JUnit `<error>`, never a `<failure>`.
public struct TransportFailure: Error, Sendable, Hashable {
    /// Stable kind: `recording`, `transport`, `timeout`, `credentials`.
    public var kind: String
    public var message: String
    /// Everything that helps: the file, the attempts, the underlying error.
    public var details: String

    public init(kind: String, message: String, details: String) {
        self.kind = kind
        self.message = message
        self.details = details
    }
}
