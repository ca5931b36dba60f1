/// What one connection may cost the stand-in: a request body is refused with 413 beyond
/// `requestBodyBytes` (rather than buffered without limit), and a connection that does not deliver
/// a whole request within `requestTimeout` — idle, or trickling bytes — is closed.
public struct StandInLimits: Sendable, Hashable {
    /// `standin_request_body_bytes`: provider requests carry a few KiB of parameters at most.
    public var requestBodyBytes: Int
    /// `standin_request_timeout`: seconds from the connection opening, or the previous answer, to a
    /// request's end.
    public var requestTimeout: Double

    public init(requestBodyBytes: Int = 1 << 20, requestTimeout: Double = 30) {
        self.requestBodyBytes = requestBodyBytes
        self.requestTimeout = requestTimeout
    }

    public static let standard = StandInLimits()
}
