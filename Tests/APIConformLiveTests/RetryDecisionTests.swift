import APIConformCore
import APIConformLive
import Testing

@Suite struct RetryDecisionTests {
    let policy = Target.RetryPolicy(attempts: 4, baseDelay: 0.2, maxDelay: 5)

    func decide(_ status: Int, _ body: String = "{}", headers: [(String, String)] = [], attempt: Int = 1) -> RetryDecision {
        RetryDecision.forResponse(status: status, headers: headers, body: Array(body.utf8), attempt: attempt, policy: policy, jitter: 1)
    }

    @Test func throttlingAndServerErrorsAreRetried() {
        #expect(decide(429) == .retry(after: 0.2, because: "HTTP 429"))
        #expect(decide(503) == .retry(after: 0.2, because: "HTTP 503"))
        #expect(decide(500) == .retry(after: 0.2, because: "HTTP 500"))
        #expect(decide(400, #"{"Code": "Throttling.User"}"#) == .retry(after: 0.2, because: "Throttling.User (HTTP 400)"))
        #expect(decide(400, #"{"Code": "Throttling"}"#) == .retry(after: 0.2, because: "Throttling (HTTP 400)"))
    }

    @Test func clientErrorsAndSuccessAreFinal() {
        #expect(decide(200) == .done)
        #expect(decide(400, #"{"Code": "InvalidParameter"}"#) == .done)
        #expect(decide(400, #"{"Code": "ThrottlingX"}"#) == .done)
        #expect(decide(401) == .done)
        #expect(decide(404) == .done)
    }

    @Test func retryAfterIsHonouredWithinTheCap() {
        #expect(decide(429, headers: [("Retry-After", "2")]) == .retry(after: 2, because: "HTTP 429"))
        #expect(decide(429, headers: [("retry-after", "60")]) == .retry(after: 5, because: "HTTP 429"))
    }

    @Test func backoffGrowsWithJitterAndStopsAtTheLastAttempt() {
        #expect(RetryDecision.delay(attempt: 1, policy: policy, retryAfter: nil, jitter: 1) == 0.2)
        #expect(RetryDecision.delay(attempt: 3, policy: policy, retryAfter: nil, jitter: 1) == 0.8)
        #expect(RetryDecision.delay(attempt: 3, policy: policy, retryAfter: nil, jitter: 0) == 0.4)
        #expect(RetryDecision.delay(attempt: 20, policy: policy, retryAfter: nil, jitter: 1) == 5)
        #expect(decide(503, attempt: 4) == .done)
        #expect(RetryDecision.forFault("connection reset", attempt: 4, policy: policy, jitter: 1) == .done)
        #expect(RetryDecision.forFault("connection reset", attempt: 1, policy: policy, jitter: 1) == .retry(after: 0.2, because: "connection reset"))
    }
}
