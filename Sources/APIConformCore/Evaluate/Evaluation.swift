/// One exchange evaluated: its body parsed once, and what the contract and the case's expectations
/// say of the request and the response. Everything downstream (the page walk, the finding policy,
/// the reports) reads the parsed `body` rather than parsing the bytes again.
public struct Evaluation: Sendable {
    /// The parsed body; nil when it is not JSON (`response` then holds the `json_syntax` finding).
    public var body: JSONValue?
    /// The request against the contract's request side; empty when the request is unknown.
    public var request: [Finding]
    /// The response against the success schema and invariants (2xx) or the error shape.
    public var response: [Finding]
    /// The case's own expectations (status, error code, counts, present and absent paths); empty without one.
    public var expectations: [Finding]

    public init(body: JSONValue?, request: [Finding], response: [Finding], expectations: [Finding] = []) {
        self.body = body
        self.request = request
        self.response = response
        self.expectations = expectations
    }

    /// Every finding, request first, in the order the reports list them.
    public var findings: [Finding] { request + response + expectations }
}
