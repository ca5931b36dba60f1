/// What a source case left for the cases that capture from it: its first response body, or why there is none.
public enum SourceResponse: Sendable {
    case body(JSONValue)
    case unavailable(String)

    /// From the exchange a source case got (nil: it got none, e.g. a transport error).
    init(_ exchange: Exchange?, outcome: CaseOutcome) {
        guard let exchange else {
            if case .error(_, let message, _) = outcome { self = .unavailable("the source got no response (\(message))") }
            else if case .skipped(let reason) = outcome { self = .unavailable("the source did not run (\(reason))") }
            else { self = .unavailable("the source got no response") }
            return
        }
        guard (200..<300).contains(exchange.status) else {
            self = .unavailable("the source answered status \(exchange.status)")
            return
        }
        guard let body = try? JSONReader().parse(exchange.body) else {
            self = .unavailable("the source's response is not JSON")
            return
        }
        self = .body(body)
    }
}
