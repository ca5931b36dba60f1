/// A request as a server received it, the input of every `verify` entry point.
///
/// The query stays raw because decoding is part of what is verified: the Alibaba RPC rule
/// that both `+` and `%20` mean a space, for one, can only be applied to the undecoded text.
public struct ReceivedRequest: Sendable, Hashable {
    public var method: String
    /// The path as it appeared in the request line, still percent-encoded.
    public var path: String
    /// The query after `?`, still percent-encoded; empty when there was none.
    public var rawQuery: String
    public var headers: [HeaderField]
    public var body: [UInt8]

    public init(method: String, path: String, rawQuery: String = "", headers: [HeaderField] = [], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
    }

    /// Splits a request-line target such as `/?a=1&b=2` at its first `?`.
    public init(method: String, target: String, headers: [HeaderField] = [], body: [UInt8] = []) {
        if let question = target.firstIndex(of: "?") {
            self.init(
                method: method,
                path: String(target[..<question]),
                rawQuery: String(target[target.index(after: question)...]),
                headers: headers,
                body: body
            )
        } else {
            self.init(method: method, path: target, headers: headers, body: body)
        }
    }

    /// The query decoded into pairs, with `+` and `%20` both read as a space.
    public var queryParameters: [QueryParameter] {
        PercentEncoding.decodeQuery(rawQuery)
    }
}
