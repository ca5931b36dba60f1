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
