/// A provider's error answer: HTTP status, error code and message, rendered in the provider's body
/// shape by its `StandInProvider`. A rejected signature is one (some providers' messages include the
/// string-to-sign they computed), and so are throttling and server errors.
public struct ErrorAnswer: Sendable, Hashable {
    public var status: Int
    public var code: String
    public var message: String
    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }
}
