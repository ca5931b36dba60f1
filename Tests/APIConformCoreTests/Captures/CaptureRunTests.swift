import Foundation
import Testing
@testable import APIConformCore

/// Captures at run time on replay: sources first, resolved requests matched against recordings, and
/// a missing value is a case error, never a failure.
@Suite struct CaptureRunTests {
    static let list = #"{"RequestId": "r", "TotalCount": 2, "MaxResults": 10, "MediaInfos": [{"MediaId": "aaaa", "MediaBasicInfo": {"MediaId": "aaaa", "CreateTime": "2026-01-02T00:00:00Z"}}, {"MediaId": "bbbb", "MediaBasicInfo": {"MediaId": "bbbb", "CreateTime": "2026-01-01T00:00:00Z"}}]}"#
    static let one = #"{"RequestId": "r", "TotalCount": 1, "MaxResults": 10, "MediaInfos": [{"MediaId": "aaaa", "MediaBasicInfo": {"MediaId": "aaaa", "CreateTime": "2026-01-02T00:00:00Z"}}]}"#

    /// Writes the recordings (name → (query, body)), loads `cases`, runs on replay; results by case name, in report order.
    func run(_ cases: String, recordings: [String: (query: String, body: String)]) async throws -> [(String, CaseOutcome)] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("captures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("recordings"), withIntermediateDirectories: true)
        for (name, recording) in recordings {
            let text = "# apiconform recording v1\n> POST https://ice.cn-shanghai.aliyuncs.com/?\(recording.query)\n< HTTP/1.1 200 OK\n<\n\(recording.body)"
            try Data(text.utf8).write(to: directory.appendingPathComponent("recordings/\(name).http"))
        }
        let sink = DiagnosticSink()
        let contracts = try Fixtures.contracts()
        let yaml = "operation: ice.ListMediaBasicInfos\nrecordings: recordings\ncases:\n" + cases
        let file = try #require(CaseFileLoader(contracts: contracts, sink: sink).load(text: yaml, file: directory.appendingPathComponent("s.yaml").path))
        let plan = RunPlan(files: [file], contracts: Dictionary(uniqueKeysWithValues: contracts.map { ($0.operation, $0) }), sink: sink)
        #expect(sink.isEmpty, "\(sink.diagnostics)")
        let result = await SuiteRunner(contracts: contracts, transport: ReplayTransport(), concurrency: 4).run(plan, startedAt: 0, hostname: "h")
        return result.suites[0].cases.map { ($0.name, $0.outcome) }
    }

    let consumerFirst = """
          - name: by-id
            captures: {id: {from: recent, path: "$.MediaInfos[*].MediaId", skip: 1, take: 1}}
            request: {MediaId: "${id}"}
          - name: recent
        """

    @Test func aSourceRunsBeforeItsConsumerAndTheReportKeepsFileOrder() async throws {
        let sink = DiagnosticSink()
        let contracts = try Fixtures.contracts()
        let file = try #require(CaseFileLoader(contracts: contracts, sink: sink).load(text: "operation: ice.ListMediaBasicInfos\ncases:\n" + consumerFirst + "\n  - name: other\n", file: "s.yaml"))
        let plan = RunPlan(files: [file], contracts: Dictionary(uniqueKeysWithValues: contracts.map { ($0.operation, $0) }))
        #expect(plan.jobs.map(\.testCase.name) == ["recent", "by-id", "other"])
        #expect(plan.jobs.map(\.dependencies) == [[], [0], []])
        #expect(plan.jobs.map(\.isSource) == [true, false, false])

        let results = try await run(consumerFirst, recordings: ["recent": ("", Self.list), "by-id": ("MediaId=bbbb", Self.one.replacingOccurrences(of: "aaaa", with: "bbbb"))])
        #expect(results.map(\.0) == ["by-id", "recent"])
        #expect(results.map(\.1) == [.passed, .passed])
    }

    @Test func onReplayTheResolvedRequestMustBeTheRecordedOne() async throws {
        // The consumer's recording was made for the first id; the source now lists another second id.
        let results = try await run(consumerFirst, recordings: ["recent": ("", Self.list), "by-id": ("MediaId=aaaa", Self.one)])
        guard case .error(let kind, let message, _) = results[0].1 else { Issue.record("\(results[0].1)"); return }
        #expect(kind == "recording")
        #expect(message.hasSuffix("by-id.http: the case sends MediaId=bbbb but the recording does not; the recording has MediaId=aaaa but the case does not send it"))
    }

    @Test func aCaptureWhoseSourceGotNoResponseIsAnErrorNotAFailure() async throws {
        let results = try await run(consumerFirst, recordings: ["by-id": ("MediaId=bbbb", Self.one)])
        guard case .error(let kind, let message, _) = results[0].1 else { Issue.record("\(results[0].1)"); return }
        #expect(kind == "capture")
        #expect(message.hasPrefix("capture id from recent: no value at $.MediaInfos[*].MediaId: the source got no response (no recording at "))
        guard case .error = results[1].1 else { Issue.record("the source itself errs: \(results[1].1)"); return }
    }

    @Test func aPathThatMatchesNothingIsAnError() async throws {
        let empty = #"{"RequestId": "r", "TotalCount": 0, "MaxResults": 10, "MediaInfos": []}"#
        let results = try await run(consumerFirst, recordings: ["recent": ("", empty), "by-id": ("MediaId=bbbb", Self.one)])
        #expect(results[0].1 == .error(kind: "capture", message: "capture id from recent: no value at $.MediaInfos[*].MediaId after skipping 1",
                                      details: results[0].1.details))
        #expect(results[1].1 == .passed)
    }

    @Test func aCaseThatRequiresReplayRunsOnReplay() async throws {
        let cases = "  - name: recent\n    requires: {replay: \"needs the recorded account\"}\n"
        let results = try await run(cases, recordings: ["recent": ("", Self.list)])
        #expect(results[0].1 == .passed)
    }
}

extension CaseOutcome {
    /// The details of an error, so a test can compare the rest exactly.
    var details: String {
        if case .error(_, _, let details) = self { return details }
        return ""
    }
}
