import Foundation

/// Answers each case from its recording file, checking that the recording was made for this request.
public struct ReplayTransport: Transport {
    public let mode = "replay"
    public let targetName = "recorded"

    public init() {}

    public func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
        let path = testCase.recordingPath
        let data: [UInt8]
        do {
            data = try RecordingParser.bytes(at: path)
        } catch {
            if case .unreadable = error {
                return .failure(TransportFailure(kind: "recording", message: "no recording at \(path)",
                                                 details: "The case \(testCase.name) replays \(path), which does not exist or cannot be read.\nRecord it with `apiconform record`, or set `recording:` in the case."))
            }
            return .failure(TransportFailure(kind: "recording", message: "unusable recording: \(error)", details: "\(error); \(error.hint)."))
        }
        let recording: Recording
        do {
            recording = try RecordingParser.parse(data)
        } catch {
            return .failure(TransportFailure(kind: "recording", message: "malformed recording \(path):\(error.line): \(error.message)",
                                             details: "\(path):\(error.line): \(error.message)"))
        }
        if let mismatch = RequestKey.mismatch(recorded: recording.queryItems, expected: QueryString.items(of: testCase.request)) {
            return .failure(TransportFailure(kind: "recording", message: "stale recording \(path): \(mismatch)",
                                             details: "The recording was made for a different request than the case sends.\n\(mismatch)\nRecord it again."))
        }
        return .success(Exchange(status: recording.status, headers: recording.responseHeaders, body: recording.body, source: path))
    }
}
