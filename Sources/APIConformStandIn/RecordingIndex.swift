import APIConformCore
import Foundation

/// Every bundled recording, indexed by operation and canonical request, for the stand-in to answer from.
public struct RecordingIndex: Sendable {
    var entries: [String: [[String]: Recording]] = [:]

    public init() {}

    /// Indexes the recordings of every case in the case files (errors in files were reported at load).
    public init(caseFiles: [CaseFile]) {
        for file in caseFiles {
            for testCase in file.cases {
                guard let data = FileManager.default.contents(atPath: testCase.recordingPath),
                      let recording = try? RecordingParser.parse([UInt8](data)) else { continue }
                // The recording's own request: a case whose request takes captured values holds
                // placeholders, and the recording holds what was sent.
                add(recording, operation: file.operation, request: recording.queryItems)
            }
        }
    }

    public mutating func add(_ recording: Recording, operation: String, request: [(name: String, value: String)]) {
        entries[operation, default: [:]][RequestKey.canonical(request)] = recording
    }

    public func recording(operation: String, request: [(name: String, value: String)]) -> Recording? {
        entries[operation]?[RequestKey.canonical(request)]
    }

    public var count: Int { entries.values.reduce(0) { $0 + $1.count } }
}
