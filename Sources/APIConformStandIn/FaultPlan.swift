/// Faults the stand-in injects, by request count: latency on every answer, throttling or errors on
/// chosen requests. Configured from the command line (`serve --latency-ms 50 --fault 1-2:throttle`)
/// or by tests.
public struct FaultPlan: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The provider's throttling answer (its stand-in module's `throttling`), with `Retry-After` (`retryAfterSeconds`).
        case throttle
        /// HTTP 500 with the provider's error shape.
        case error500 = "500"
        case reset
        case truncate
        /// Answer after `slowSeconds`, later than any sane read timeout.
        case slow
    }

    public struct Rule: Sendable {
        /// 1-based request numbers this rule hits (per operation when `operation` is set).
        public var requests: ClosedRange<Int>
        public var kind: Kind
        public var operation: String?
        public init(requests: ClosedRange<Int>, kind: Kind, operation: String? = nil) {
            self.requests = requests
            self.kind = kind
            self.operation = operation
        }
    }

    public var latency: Double
    public var rules: [Rule]
    public var slowSeconds: Double
    /// Requests per second the stand-in allows before it throttles (nil: unlimited).
    public var rateLimit: Double?
    /// The `Retry-After` a throttling answer carries, in seconds (a gateway asking for longer than a
    /// client's backoff allows is what `max_retry_after` is for).
    public var retryAfterSeconds: Int

    public init(latency: Double = 0, rules: [Rule] = [], slowSeconds: Double = 5, rateLimit: Double? = nil, retryAfterSeconds: Int = 1) {
        self.latency = latency
        self.rules = rules
        self.slowSeconds = slowSeconds
        self.rateLimit = rateLimit
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// Parses `N:kind`, `N-M:kind` or `N-M:kind@operation`.
    public static func parseRule(_ text: String) -> Rule? {
        let (spec, operation) = text.split(separator: "@", maxSplits: 1).map(String.init).pair
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = Kind(rawValue: parts[1]) else { return nil }
        let bounds = parts[0].split(separator: "-").compactMap { Int($0) }
        guard (1...2).contains(bounds.count), let low = bounds.first, let high = bounds.last, low >= 1, low <= high else { return nil }
        return Rule(requests: low...high, kind: kind, operation: operation)
    }

    public func fault(forRequest number: Int, operationRequest: Int, operation: String?) -> Kind? {
        rules.first { rule in
            if let wanted = rule.operation { return wanted == operation && rule.requests.contains(operationRequest) }
            return rule.requests.contains(number)
        }?.kind
    }
}

extension Array where Element == String {
    var pair: (String, String?) { (self[0], count > 1 ? self[1] : nil) }
}
