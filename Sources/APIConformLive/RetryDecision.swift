import APIConformCore

/// Whether and when to try a request again: only where retrying is right for an idempotent read.
public enum RetryDecision: Sendable, Equatable {
    case done
    case retry(after: Double, because: String)

    /// Alibaba answers throttling with 200-less codes such as `Throttling`, `Throttling.User`, `Throttling.Api`.
    static let throttlingCodes = ["Throttling"]

    /// Decides from a response: throttling (HTTP 429, 503, Alibaba `Throttling*`), other 5xx.
    public static func forResponse(status: Int, headers: [(String, String)], body: [UInt8], attempt: Int, policy: Target.RetryPolicy,
                                   jitter: Double) -> RetryDecision {
        guard attempt < policy.attempts else { return .done }
        var reason: String?
        if status == 429 || status == 503 {
            reason = "HTTP \(status)"
        } else if let code = alibabaCode(body), throttlingCodes.contains(where: { code == $0 || code.hasPrefix($0 + ".") }) {
            reason = "\(code) (HTTP \(status))"
        } else if status >= 500 {
            reason = "HTTP \(status)"
        }
        guard let reason else { return .done }
        let retryAfter = headers.first { $0.0.lowercased() == "retry-after" }.flatMap { Double($0.1.trimmed) }
        return .retry(after: delay(attempt: attempt, policy: policy, retryAfter: retryAfter, jitter: jitter), because: reason)
    }

    /// Decides from a transport fault: resets and timeouts of an idempotent read are retried.
    public static func forFault(_ description: String, attempt: Int, policy: Target.RetryPolicy, jitter: Double) -> RetryDecision {
        guard attempt < policy.attempts else { return .done }
        return .retry(after: delay(attempt: attempt, policy: policy, retryAfter: nil, jitter: jitter), because: description)
    }

    /// Exponential backoff with jitter (in [0.5, 1] of the step), or the server's Retry-After when it asks for more.
    public static func delay(attempt: Int, policy: Target.RetryPolicy, retryAfter: Double?, jitter: Double) -> Double {
        let exponential = min(policy.maxDelay, policy.baseDelay * Double(1 << min(attempt - 1, 20)))
        let jittered = exponential * (0.5 + 0.5 * min(max(jitter, 0), 1))
        guard let retryAfter, retryAfter >= 0 else { return jittered }
        return max(jittered, min(retryAfter, policy.maxDelay))
    }

    static func alibabaCode(_ body: [UInt8]) -> String? {
        guard body.count < 1 << 20, let value = try? JSONReader().parse(body) else { return nil }
        return value["Code"]?.stringValue
    }
}
