import APIConformCore

/// A request as the stand-in received it.
public struct StandInRequest: Sendable {
    public var method: String
    /// Path and raw query, as on the request line.
    public var uri: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, uri: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.uri = uri
        self.headers = headers
        self.body = body
    }

    public var path: String { String(uri.prefix { $0 != "?" }) }

    public var rawQuery: String {
        guard let mark = uri.firstIndex(of: "?") else { return "" }
        return String(uri[uri.index(after: mark)...])
    }

    public var queryItems: [(name: String, value: String)] { QueryString.decode(rawQuery) }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What the stand-in sends back, and how: faults are part of the answer.
public struct StandInResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Added before the response is written.
    public var delay: Double
    public var fault: Fault?

    /// Ways to misbehave on purpose, for fault tests.
    public enum Fault: String, Sendable, CaseIterable {
        /// Close the connection without answering.
        case reset
        /// Announce the full length, send half the body, close.
        case truncate
    }

    public init(status: Int, headers: [(name: String, value: String)] = [("content-type", "application/json;charset=utf-8")],
                body: [UInt8], delay: Double = 0, fault: Fault? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.fault = fault
    }

    public static func json(_ status: Int, _ text: String) -> StandInResponse {
        StandInResponse(status: status, body: Array(text.utf8))
    }
}
