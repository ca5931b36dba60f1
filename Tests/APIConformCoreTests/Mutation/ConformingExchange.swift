import Foundation
import Testing
@testable import APIConformCore

/// A bundled case whose recording conforms (2xx, no declared deviation, no expected error):
/// the raw material the mutation tests break one rule at a time.
struct ConformingExchange {
    var caseName: String
    var request: JSONObject
    var body: JSONValue

    /// Every conforming exchange of the bundled suites, by operation. A recording that cannot be read,
    /// parsed or whose body is not JSON is an error, never skipped: a test over no exchanges proves nothing.
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
                // A case that names a non-2xx status expects no conforming body.
                if let status = testCase.expectation.status, !(200..<300).contains(status) { continue }
                let at = "\(file.path) \(testCase.name) (\(testCase.recordingPath))"
                guard let data = FileManager.default.contents(atPath: testCase.recordingPath) else {
                    throw Fixtures.FixtureError(message: "\(at): the recording cannot be read")
                }
                let recording: Recording, body: JSONValue
                do {
                    recording = try RecordingParser.parse([UInt8](data))
                    body = try JSONReader().parse(recording.body)
                } catch {
                    throw Fixtures.FixtureError(message: "\(at): \(error)")
                }
                guard (200..<300).contains(recording.status) else {
                    throw Fixtures.FixtureError(message: "\(at): status \(recording.status), but the case expects success")
                }
                result[file.operation, default: []].append(ConformingExchange(caseName: testCase.name, request: testCase.request, body: body))
            }
        }
        guard !result.isEmpty else { throw Fixtures.FixtureError(message: "no conforming exchange in \(suites)") }
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

/// The conforming exchanges are there to check: every bundled contract has some, so the
/// "no finding on a conforming recording" test never passes on nothing.
@Suite struct ConformingExchangeTests {
    @Test func everyContractHasConformingExchanges() throws {
        let contracts = try Fixtures.contracts()
        let exchanges = try ConformingExchange.all(contracts: contracts)
        for contract in contracts {
            #expect((exchanges[contract.operation]?.count ?? 0) > 0, "\(contract.operation) has no conforming recording to check")
        }
    }
}
