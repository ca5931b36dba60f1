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
                guard let data = try? RecordingParser.bytes(at: testCase.recordingPath),
                      let recording = try? RecordingParser.parse(data) else { continue }
                // The recording's own request: a case whose request takes captured values holds
                // placeholders, and the recording holds what was sent.
                add(recording, operation: file.operation, request: recording.queryItems)
                addWalkPages(of: testCase, operation: file.operation)
            }
        }
    }

    /// The further pages of a walking case (`<case>.page2.http`, …), keyed by the request each recording
    /// holds (the walk's request for that page is only known from the page before). Without them a live
    /// walk against the stand-in would meet a 404 on its second page.
    mutating func addWalkPages(of testCase: TestCase, operation: String) {
        guard let pages = testCase.walkPages, pages > 1 else { return }
        for number in 2...pages {
            let path = testCase.page(number, request: testCase.request).recordingPath
            guard let data = try? RecordingParser.bytes(at: path), let recording = try? RecordingParser.parse(data) else { return }
            let query = recording.target.firstIndex(of: "?").map { String(recording.target[recording.target.index(after: $0)...]) } ?? ""
            add(recording, operation: operation, request: QueryString.decode(query))
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
