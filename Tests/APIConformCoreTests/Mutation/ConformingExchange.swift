import Foundation
@testable import APIConformCore

/// A bundled case whose recording conforms (2xx, no declared deviation, no expected error):
/// the raw material the mutation tests break one rule at a time.
struct ConformingExchange {
    var caseName: String
    var request: JSONObject
    var body: JSONValue

    /// Every conforming exchange of the bundled suites, by operation.
    static func all(contracts: [Contract]) throws -> [String: [ConformingExchange]] {
        let sink = DiagnosticSink()
        let suites = Fixtures.repositoryRoot.appendingPathComponent("cases/suites").path
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        let files = CaseFileLoader.discover([suites], sink: sink).compactMap(loader.loadFile)
        guard sink.isEmpty else { throw Fixtures.FixtureError(message: sink.diagnostics.map(\.description).joined(separator: "\n")) }
        var result: [String: [ConformingExchange]] = [:]
        for file in files {
            for testCase in file.cases.compactMap({ $0.pinnedToRecording() })
            where testCase.deviations.isEmpty && !testCase.expectation.expectsError && testCase.expectation.requestFindings.isEmpty {
                guard let data = FileManager.default.contents(atPath: testCase.recordingPath),
                      let recording = try? RecordingParser.parse([UInt8](data)), (200..<300).contains(recording.status),
                      let body = try? JSONReader().parse(recording.body) else { continue }
                result[file.operation, default: []].append(ConformingExchange(caseName: testCase.name, request: testCase.request, body: body))
            }
        }
        return result
    }
}

/// One derived exchange that must break exactly the named rule at the named path.
struct Mutation {
    var rule: String
    var side: FindingSide
    var path: FindingPath
    var request: JSONObject
    var status: Int
    var body: JSONValue
    var what: String
}
