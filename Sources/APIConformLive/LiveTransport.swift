import APIConformCore
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends each case's request to a live endpoint through AsyncHTTPClient: signed afresh per attempt,
/// paced to the target's rate, capped in concurrency, retried with backoff where retrying is right,
/// and bounded in time, so a run always completes and a fault becomes an `<error>` listing the attempts.
public final class LiveTransport: Transport, @unchecked Sendable {
    public let mode: String
    public let targetName: String
    let target: Target
    let credentials: Credentials
    let adapters: [String: any ProviderAdapter]
    let client: HTTPClient
    let pacer: RequestPacer
    let limiter: ConcurrencyLimiter
    /// Responses larger than this are cut off and reported, never buffered without bound.
    let maximumBodyBytes = 64 << 20
    // HTTPClient is thread-safe; the rest is immutable after init.

    public init(target: Target, credentials: Credentials, adapters: [String: any ProviderAdapter], mode: String = "live") {
        self.target = target
        self.credentials = credentials
        self.adapters = adapters
        self.mode = mode
        self.targetName = target.name
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .milliseconds(Int64(target.timeouts.connect * 1000)),
                                      read: .milliseconds(Int64(target.timeouts.read * 1000)))
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .enabled(limit: .ratio(50))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        // 5 % headroom: arrivals jitter by a few milliseconds, and a provider counting a strict one-second
        // window would otherwise see limit + 1 requests now and then.
        pacer = RequestPacer(requestsPerSecond: target.rateLimit * 0.95)
        limiter = ConcurrencyLimiter(limit: target.concurrency)
    }

    /// The credential values in use, for the redactor.
    public var secrets: [String] { credentials.secrets }
    public var concurrency: Int { target.concurrency }

    /// Must be called once the run is over (on error paths too).
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// The exchange as rules see it: signed-URL parameters and credential values in the body are
    /// redacted first, so no finding's actual value can carry them into a report (as in record mode).
    public func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
        let redactor = Redactor(secrets: credentials.secrets)
        return await send(testCase, contract: contract).map { sent in
            var exchange = sent.exchange
            exchange.body = redactor.bytes(exchange.body)
            return exchange
        }
    }

    /// Failure texts end up in reports and logs: any credential value in them is removed here, once.
    func redacted(_ failure: TransportFailure) -> TransportFailure {
        let redactor = Redactor(secrets: credentials.secrets)
        return TransportFailure(kind: failure.kind, message: redactor.text(failure.message), details: redactor.text(failure.details))
    }

    /// The exchange and the request that produced it (for recordings).
    public func send(_ testCase: TestCase, contract: Contract) async -> Result<(exchange: Exchange, request: PreparedRequest), TransportFailure> {
        await attempt(testCase, contract: contract).mapError(redacted)
    }

    func attempt(_ testCase: TestCase, contract: Contract) async -> Result<(exchange: Exchange, request: PreparedRequest), TransportFailure> {
        guard let adapter = adapters[contract.provider] else {
            return .failure(TransportFailure(kind: "configuration", message: "no provider module for '\(contract.provider)'", details: ""))
        }
        await limiter.acquire()
        defer { Task { await limiter.release() } }
        let deadline = ContinuousClock.now + .milliseconds(Int64(target.timeouts.total * 1000))
        var attempts: [String] = []
        var attempt = 0
        while true {
            attempt += 1
            let request: PreparedRequest
            do {
                request = try adapter.prepare(testCase, contract: contract, target: target, credentials: credentials)
            } catch {
                return .failure(TransportFailure(kind: "credentials", message: error.description, details: error.description))
            }
            let decision: RetryDecision
            do {
                try await pacer.acquire()
                let remaining = ContinuousClock.now.duration(to: deadline)
                guard remaining > .zero else { throw TimeoutBudget() }
                let exchange = try await execute(request, timeout: remaining)
                decision = RetryDecision.forResponse(status: exchange.status, headers: exchange.headers.map { ($0.name, $0.value) },
                                                     body: exchange.body, attempt: attempt, policy: target.retry, jitter: Double.random(in: 0...1))
                attempts.append("attempt \(attempt): HTTP \(exchange.status)")
                if case .done = decision { return .success((exchange, request)) }
            } catch {
                let description = Self.describe(error)
                attempts.append("attempt \(attempt): \(description)")
                decision = error is TimeoutBudget ? .done : RetryDecision.forFault(description, attempt: attempt, policy: target.retry, jitter: Double.random(in: 0...1))
                if case .done = decision {
                    return .failure(TransportFailure(kind: "transport", message: "\(description) after \(attempt) attempt\(attempt == 1 ? "" : "s")",
                                                     details: attempts.joined(separator: "\n")))
                }
            }
            guard case .retry(let delay, let reason) = decision else { continue }
            attempts[attempts.count - 1] += " (\(reason)); retrying in \(String(format: "%.2f", delay)) s"
            let wake = ContinuousClock.now + .milliseconds(Int64(delay * 1000))
            if wake >= deadline {
                attempts.append("total timeout of \(target.timeouts.total) s would pass before the next attempt")
                return .failure(TransportFailure(kind: "transport", message: "gave up after \(attempt) attempts: \(reason)",
                                                 details: attempts.joined(separator: "\n")))
            }
            try? await Task.sleep(until: wake, clock: .continuous)
        }
    }

    func execute(_ prepared: PreparedRequest, timeout: Duration) async throws -> Exchange {
        var request = HTTPClientRequest(url: prepared.url)
        request.method = HTTPMethod(rawValue: prepared.method)
        for header in prepared.headers { request.headers.add(name: header.name, value: header.value) }
        if !prepared.body.isEmpty { request.body = .bytes(ByteBuffer(bytes: prepared.body)) }
        let response = try await client.execute(request, timeout: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000))
        let body = try await response.body.collect(upTo: maximumBodyBytes)
        return Exchange(status: Int(response.status.code), headers: response.headers.map { Recording.Header(name: $0.name, value: $0.value) },
                        body: Array(buffer: body))
    }

    struct TimeoutBudget: Error {}

    /// A short, stable description of a transport fault for the attempt log.
    static func describe(_ error: any Error) -> String {
        if error is TimeoutBudget { return "total timeout exceeded" }
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout: return "read timeout"
            case .connectTimeout: return "connect timeout"
            case .deadlineExceeded: return "total timeout exceeded"
            case .remoteConnectionClosed: return "connection closed by the server"
            default: return "HTTP client error: \(error)"
            }
        }
        if let error = error as? NIOTooManyBytesError { return "response body too large (\(error))" }
        return "\(error)"
    }
}
