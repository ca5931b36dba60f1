import APIConformCore

/// Whether and when to try a request again: only where retrying is right for an idempotent read.
///
/// A retryable answer that cannot be retried any more is `exhausted`, never `done`: the provider's
/// last throttle or 5xx is not its verdict on the request, so it must end as an `<error>`, not be
/// judged by the contract.
public enum RetryDecision: Sendable, Equatable {
    /// The answer stands (success, or an answer retrying cannot change).
    case done
    /// Try again after `after` seconds; `note` says when the delay is not the plain backoff.
    case retry(after: Double, because: String, note: String? = nil)
    /// Retrying would be right but is not possible: attempts used up, or the server asked to wait
    /// longer than the policy allows.
    case exhausted(because: String)

    /// Decides from a response: throttling (HTTP 429, 503, or a code the provider's adapter calls
    /// throttling: `throttled`), other 5xx. `code` is the provider error code of the body (`Contract.errorCode(in:)`).
    public static func forResponse(status: Int, code: String?, throttled: Bool = false, headers: [(String, String)], attempt: Int,
                                   policy: Target.RetryPolicy, jitter: Double) -> RetryDecision {
        guard let reason = retryableReason(status: status, code: code, throttled: throttled) else { return .done }
        guard attempt < policy.attempts else { return .exhausted(because: "\(reason) on all \(policy.attempts) attempts") }
        let retryAfter = headers.first { $0.0.lowercased() == "retry-after" }.flatMap { Double($0.1.trimmed) }
        let backoff = delay(attempt: attempt, policy: policy, retryAfter: nil, jitter: jitter)
        guard let retryAfter, retryAfter > backoff else { return .retry(after: backoff, because: reason) }
        if retryAfter <= policy.maxDelay { return .retry(after: retryAfter, because: reason, note: "Retry-After \(seconds(retryAfter)) s") }
        guard retryAfter <= policy.maxRetryAfter else {
            return .exhausted(because: "\(reason) with Retry-After \(seconds(retryAfter)) s, beyond max_retry_after \(seconds(policy.maxRetryAfter)) s")
        }
        return .retry(after: retryAfter, because: reason,
                      note: "Retry-After \(seconds(retryAfter)) s honoured beyond max_delay \(seconds(policy.maxDelay)) s (bound: max_retry_after \(seconds(policy.maxRetryAfter)) s)")
    }

    /// Why an answer is worth another attempt, or nil when it is the provider's verdict.
    public static func retryableReason(status: Int, code: String?, throttled: Bool = false) -> String? {
        let suffix = code.map { " \($0)" } ?? ""
        if status == 429 || status == 503 { return "HTTP \(status)\(suffix)" }
        if throttled, let code { return "HTTP \(status) \(code)" }
        if status >= 500 { return "HTTP \(status)\(suffix)" }
        return nil
    }

    /// Decides from a transport fault: resets, refusals and timeouts of an idempotent read are retried.
    public static func forFault(_ description: String, attempt: Int, policy: Target.RetryPolicy, jitter: Double) -> RetryDecision {
        guard attempt < policy.attempts else { return .exhausted(because: "\(description) on all \(policy.attempts) attempts") }
        return .retry(after: delay(attempt: attempt, policy: policy, retryAfter: nil, jitter: jitter), because: description)
    }

    /// Exponential backoff with jitter (in [0.5, 1] of the step), or the server's Retry-After when it asks for more
    /// (up to `max_delay`; `forResponse` decides what happens beyond it).
    public static func delay(attempt: Int, policy: Target.RetryPolicy, retryAfter: Double?, jitter: Double) -> Double {
        let exponential = min(policy.maxDelay, policy.baseDelay * Double(1 << min(attempt - 1, 20)))
        let jittered = exponential * (0.5 + 0.5 * min(max(jitter, 0), 1))
        guard let retryAfter, retryAfter >= 0 else { return jittered }
        return max(jittered, min(retryAfter, policy.maxDelay))
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
