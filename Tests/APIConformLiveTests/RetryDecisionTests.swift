import APIConformCore
import APIConformLive
import Testing

@Suite struct RetryDecisionTests {
    let policy = Target.RetryPolicy(attempts: 4, baseDelay: 0.2, maxDelay: 5, maxRetryAfter: 30)

    /// As the live transport decides for an Alibaba operation (its adapter says which codes throttle).
    func decide(_ status: Int, _ code: String? = nil, headers: [(String, String)] = [], attempt: Int = 1) -> RetryDecision {
        RetryDecision.forResponse(status: status, code: code, throttled: code.map(AlibabaAdapter().throttles) ?? false, headers: headers,
                                  attempt: attempt, policy: policy, jitter: 1)
    }

    @Test func throttlingAndServerErrorsAreRetried() {
        #expect(decide(429) == .retry(after: 0.2, because: "HTTP 429"))
        #expect(decide(503, "Throttling.User") == .retry(after: 0.2, because: "HTTP 503 Throttling.User"))
        #expect(decide(500, "InternalError") == .retry(after: 0.2, because: "HTTP 500 InternalError"))
        #expect(decide(400, "Throttling.User") == .retry(after: 0.2, because: "HTTP 400 Throttling.User"))
        #expect(decide(400, "Throttling") == .retry(after: 0.2, because: "HTTP 400 Throttling"))
    }

    /// A throttling code is the provider's word: Alibaba's `Throttling*` under any status, while Huawei
    /// throttles with 429 and a Huawei 400 is its verdict whatever its code says.
    @Test func eachAdapterNamesItsOwnThrottlingCodes() {
        #expect(AlibabaAdapter().throttles(code: "Throttling.Api") && AlibabaAdapter().throttles(code: "Throttling"))
        #expect(!AlibabaAdapter().throttles(code: "ThrottlingX") && !AlibabaAdapter().throttles(code: "APIGW.0308"))
        #expect(!HuaweiAdapter().throttles(code: "Throttling.User"))
        #expect(RetryDecision.forResponse(status: 400, code: "Throttling.User", throttled: HuaweiAdapter().throttles(code: "Throttling.User"),
                                          headers: [], attempt: 1, policy: policy, jitter: 1) == .done)
    }

    @Test func clientErrorsAndSuccessAreFinal() {
        #expect(decide(200) == .done)
        #expect(decide(400, "InvalidParameter") == .done)
        #expect(decide(400, "ThrottlingX") == .done)
        #expect(decide(401) == .done)
        #expect(decide(404) == .done)
    }

    @Test func retryAfterIsHonouredUpToItsBoundAndSaysSo() {
        #expect(decide(429, headers: [("Retry-After", "2")]) == .retry(after: 2, because: "HTTP 429", note: "Retry-After 2 s"))
        #expect(decide(429, headers: [("retry-after", "20")])
            == .retry(after: 20, because: "HTTP 429", note: "Retry-After 20 s honoured beyond max_delay 5 s (bound: max_retry_after 30 s)"))
        #expect(decide(429, headers: [("retry-after", "0.1")]) == .retry(after: 0.2, because: "HTTP 429"), "a shorter Retry-After than the backoff")
    }

    @Test func retryAfterBeyondItsBoundGivesUp() {
        #expect(decide(429, headers: [("Retry-After", "120")]) == .exhausted(because: "HTTP 429 with Retry-After 120 s, beyond max_retry_after 30 s"))
    }

    @Test func retryableAnswersOnTheLastAttemptAreExhaustedNotDone() {
        #expect(decide(503, attempt: 4) == .exhausted(because: "HTTP 503 on all 4 attempts"))
        #expect(decide(400, "Throttling.User", attempt: 4) == .exhausted(because: "HTTP 400 Throttling.User on all 4 attempts"))
        #expect(decide(200, attempt: 4) == .done)
        #expect(decide(400, "InvalidParameter", attempt: 4) == .done)
        #expect(RetryDecision.forFault("connection reset", attempt: 4, policy: policy, jitter: 1) == .exhausted(because: "connection reset on all 4 attempts"))
        #expect(RetryDecision.forFault("connection reset", attempt: 1, policy: policy, jitter: 1) == .retry(after: 0.2, because: "connection reset"))
    }

    @Test func backoffGrowsWithJitter() {
        #expect(RetryDecision.delay(attempt: 1, policy: policy, retryAfter: nil, jitter: 1) == 0.2)
        #expect(RetryDecision.delay(attempt: 3, policy: policy, retryAfter: nil, jitter: 1) == 0.8)
        #expect(RetryDecision.delay(attempt: 3, policy: policy, retryAfter: nil, jitter: 0) == 0.4)
        #expect(RetryDecision.delay(attempt: 20, policy: policy, retryAfter: nil, jitter: 1) == 5)
    }
}
