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
