import APIConformCore
import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
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
    /// Set by `shutdown()`; `deinit` closes the client itself when an error path skipped it.
    let closed = NIOLockedValueBox(false)
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
        // Our retry policy decides about failed connections; the client's own retrying would spend the
        // whole connect timeout on a refused port before the first attempt even counted.
        configuration.connectionPool.retryConnectionEstablishment = false
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
        closed.withLockedValue { $0 = true }
        try? await client.shutdown()
    }

    // A thrown error between init and shutdown() would otherwise leave the client open, which
    // AsyncHTTPClient treats as a fatal error in debug builds. The callback form never blocks.
    deinit {
        if !closed.withLockedValue({ $0 }) { client.shutdown { _ in } }
    }

    /// The exchange as the server sent it: the rules read the body unredacted, and what a report
    /// quotes of it is redacted on the way out (`reportable`), so a live run copies no body to redact it.
    public func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
        await send(testCase, contract: contract).map(\.exchange)
    }

    /// Signed-URL parameters and credential values quoted from a body leave the result here, before
    /// any report, console line or run record is written of it.
    public func reportable(_ result: CaseResult) -> CaseResult {
        Redactor(secrets: credentials.secrets).result(result)
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
        func failure(_ message: String, kind: String = "transport") -> Result<(exchange: Exchange, request: PreparedRequest), TransportFailure> {
            .failure(TransportFailure(kind: kind, message: message, details: attempts.joined(separator: "\n")))
        }
        while true {
            // A stopped run (SIGINT/SIGTERM) sends nothing more; what was cut short says so instead of posing as a fault.
            if Task.isCancelled {
                attempts.append("interrupted before attempt \(attempt + 1)")
                return failure(Interrupted.message, kind: Interrupted.kind)
            }
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
                let code = contract.errorCode(in: exchange.body)
                decision = RetryDecision.forResponse(status: exchange.status, code: code, throttled: code.map(adapter.throttles) ?? false,
                                                     headers: exchange.headers.map { ($0.name, $0.value) }, attempt: attempt, policy: target.retry, jitter: Double.random(in: 0...1))
                attempts.append("attempt \(attempt): HTTP \(exchange.status)" + (code.map { " \($0)" } ?? ""))
                if case .done = decision { return .success((exchange, request)) }
            } catch {
                if Task.isCancelled {
                    attempts.append("attempt \(attempt): interrupted")
                    return failure(Interrupted.message, kind: Interrupted.kind)
                }
                let description = Self.describe(error, url: request.url)
                attempts.append("attempt \(attempt): \(description)")
                decision = error is TimeoutBudget ? .exhausted(because: description) : RetryDecision.forFault(description, attempt: attempt, policy: target.retry, jitter: Double.random(in: 0...1))
            }
            switch decision {
            case .done:
                continue
            case .exhausted(let reason):
                attempts[attempts.count - 1] += "; gave up: \(reason)"
                return failure("gave up after \(attempt) attempt\(attempt == 1 ? "" : "s"): \(reason)")
            case .retry(let delay, let reason, let note):
                attempts[attempts.count - 1] += "; retrying in \(String(format: "%.2f", delay)) s" + (note.map { " (\($0))" } ?? "")
                let wake = ContinuousClock.now + .milliseconds(Int64(delay * 1000))
                if wake >= deadline {
                    attempts.append("total timeout of \(RetryDecision.seconds(target.timeouts.total)) s would pass before the next attempt")
                    return failure("gave up after \(attempt) attempt\(attempt == 1 ? "" : "s"): \(reason); the total timeout would pass before the next")
                }
                try? await Task.sleep(until: wake, clock: .continuous)
            }
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

    /// ECONNREFUSED, however NIO wraps it: a bare IOError, or NIOPosix's NIOConnectionError (one failure per
    /// address tried, recognised by its description so this module needs no NIOPosix).
    static func isConnectionRefused(_ error: any Error) -> Bool {
        if let error = error as? IOError { return error.errnoCode == ECONNREFUSED }
        return String(describing: error).contains("Connection refused")
    }

    /// A short, stable description of a transport fault for the attempt log.
    static func describe(_ error: any Error, url: String = "") -> String {
        if error is TimeoutBudget { return "total timeout exceeded" }
        if Self.isConnectionRefused(error) {
            let authority = Endpoint(url).map { endpoint in endpoint.port.map { "\(endpoint.host):\($0)" } ?? endpoint.host }
            return "connection refused" + (authority.map { " by \($0)" } ?? "")
        }
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
