import APIConformCore
import Foundation

/// Record mode: runs each case live and writes what came back as its recording, redacted.
///
/// The recording is written before the case is evaluated, so a run that finds drift still leaves the
/// evidence on disk; a transport failure writes nothing (the old recording stays).
public struct RecordingTransport: Transport {
    public let live: LiveTransport
    public let redactor: Redactor
    public var mode: String { "record" }
    public var targetName: String { live.targetName }
    /// Fixed notes for reproducible files (tests); nil writes the recording time.
    let recordedAt: String?

    public init(live: LiveTransport, redactor: Redactor, recordedAt: String? = nil) {
        self.live = live
        self.redactor = redactor
        self.recordedAt = recordedAt
    }

    public func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
        switch await live.send(testCase, contract: contract) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let (exchange, request)):
            let recording = recordingFile(testCase: testCase, request: request, exchange: exchange)
            do {
                try AtomicFile.write(recording.serialized(), to: testCase.recordingPath)
            } catch {
                return .failure(TransportFailure(kind: "recording", message: "cannot write \(testCase.recordingPath): \(error)", details: "\(error)"))
            }
            return .success(Exchange(status: exchange.status, headers: recording.responseHeaders, body: recording.body, source: testCase.recordingPath))
        }
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
