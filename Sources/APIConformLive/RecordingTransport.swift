import APIConformCore
import Foundation

/// Record mode: runs each case live and writes what came back as its recording, redacted.
///
/// The recording is written before the case is evaluated, so a run that finds drift still leaves the
/// evidence on disk. An exchange that is no evidence of the operation is never written, so a wrong
/// secret or a flaky provider cannot overwrite good recordings: a transport failure, an answer that
/// rejects our credentials, or a non-2xx answer to a case that expects success. Such a case is an
/// `<error>` that says the previous recording was kept; `ledger` counts what was written and kept.
public struct RecordingTransport: Transport {
    public let live: LiveTransport
    public let redactor: Redactor
    public var mode: String { "record" }
    public var targetName: String { live.targetName }
    /// Fixed notes for reproducible files (tests); nil writes the recording time.
    let recordedAt: String?
    public let ledger = RecordLedger()

    public init(live: LiveTransport, redactor: Redactor, recordedAt: String? = nil) {
        self.live = live
        self.redactor = redactor
        self.recordedAt = recordedAt
    }

    /// The rules read the redacted recording; what a result quotes of a refused answer is redacted too.
    public func reportable(_ result: CaseResult) -> CaseResult { redactor.result(result) }

    public func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
        switch await live.send(testCase, contract: contract) {
        case .failure(let failure):
            ledger.noteKept(testCase.recordingPath, because: failure.message)
            return .failure(failure)
        case .success(let (exchange, request)):
            if let reason = refusal(exchange, testCase: testCase, contract: contract) {
                ledger.noteKept(testCase.recordingPath, because: reason)
                let state = FileManager.default.fileExists(atPath: testCase.recordingPath) ? "kept the previous recording" : "wrote no recording"
                return .failure(TransportFailure(kind: "recording", message: "\(state): \(reason)",
                                                 details: "\(testCase.recordingPath) left as it was: \(reason)"))
            }
            let recording = recordingFile(testCase: testCase, request: request, exchange: exchange)
            do {
                try AtomicFile.write(recording.serialized(), to: testCase.recordingPath)
            } catch {
                return .failure(TransportFailure(kind: "recording", message: "cannot write \(testCase.recordingPath): \(error)", details: "\(error)"))
            }
            ledger.noteWritten(testCase.recordingPath)
            return .success(Exchange(status: exchange.status, headers: recording.responseHeaders, body: recording.body, source: testCase.recordingPath))
        }
    }

    /// Why this answer must not become the case's recording, or nil when it may.
    func refusal(_ exchange: Exchange, testCase: TestCase, contract: Contract) -> String? {
        let code = contract.errorCode(in: exchange.body)
        let answer = "HTTP \(exchange.status)" + (code.map { " \($0)" } ?? "")
        if live.adapters[contract.provider]?.rejectsCredentials(status: exchange.status, code: code) == true {
            return "the provider rejected the credentials or signature (\(answer))"
        }
        if !(200..<300).contains(exchange.status) && !testCase.expectation.expectsError {
            return "\(answer) where the case expects success"
        }
        return nil
    }

    func recordingFile(testCase: TestCase, request: PreparedRequest, exchange: Exchange) -> Recording {
        let when = recordedAt ?? TimeFormat.iso8601UTC.format(Int64(Date().timeIntervalSince1970))
        return Recording(
            method: request.method,
            target: redactor.target(request.url),
            requestHeaders: request.headers.map { Recording.Header(name: $0.name.lowercased(), value: redactor.header(name: $0.name, value: $0.value)) },
            status: exchange.status,
            reason: HTTPReason.phrase(exchange.status),
            responseHeaders: exchange.headers.filter { !["set-cookie", "date", "content-length", "connection"].contains($0.name.lowercased()) }
                .map { Recording.Header(name: $0.name.lowercased(), value: redactor.header(name: $0.name, value: $0.value)) },
            body: redactor.bytes(exchange.body),
            notes: ["case: \(testCase.name)", "recorded: \(when) against target \(live.targetName)"])
    }
}

/// Reason phrases for the status line of a recording.
enum HTTPReason {
    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return ""
        }
    }
}
