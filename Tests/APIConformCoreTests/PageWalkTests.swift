import Foundation
import Testing
@testable import APIConformCore

/// A walk follows NextToken across recorded pages and catches what no single page shows.
@Suite struct PageWalkTests {
    func page(_ items: [(String, String)], token: String?, total: Int) -> String {
        let infos = items.map { #"{"MediaId": "\#($0.0)", "MediaBasicInfo": {"MediaId": "\#($0.0)", "CreateTime": "\#($0.1)"}}"# }
        let tokenMember = token.map { #", "NextToken": "\#($0)""# } ?? ""
        return #"{"RequestId": "r", "TotalCount": \#(total), "MaxResults": 2, "MediaInfos": [\#(infos.joined(separator: ", "))]\#(tokenMember)}"#
    }

    func walk(_ pages: [(query: String, body: String)]) async throws -> CaseResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("recordings"), withIntermediateDirectories: true)
        for (index, page) in pages.enumerated() {
            let name = index == 0 ? "walk.http" : "walk.page\(index + 1).http"
            let text = "# apiconform recording v1\n> POST https://ice.cn-shanghai.aliyuncs.com/?\(page.query)\n< HTTP/1.1 200 OK\n<\n\(page.body)"
            try Data(text.utf8).write(to: directory.appendingPathComponent("recordings/\(name)"))
        }
        let yaml = "operation: ice.ListMediaBasicInfos\nrecordings: recordings\ncases:\n  - {name: walk, request: {MaxResults: 2}, walk: {max_pages: 5}}\n"
        let sink = DiagnosticSink()
        let contracts = try Fixtures.contracts()
        let file = try #require(CaseFileLoader(contracts: contracts, sink: sink).load(text: yaml, file: directory.appendingPathComponent("s.yaml").path))
        #expect(sink.isEmpty, "\(sink.diagnostics)")
        let run = await SuiteRunner(contracts: contracts, transport: ReplayTransport(), concurrency: 1).run([file], startedAt: 0, hostname: "h")
        return try #require(run.suites.first?.cases.first)
    }

    @Test func aConsistentWalkIsQuiet() async throws {
        let result = try await walk([
            ("MaxResults=2", page([("a", "2024-01-05T00:00:00Z"), ("b", "2024-01-04T00:00:00Z")], token: "t1", total: 5)),
            ("MaxResults=2&NextToken=t1", page([("c", "2024-01-03T00:00:00Z"), ("d", "2024-01-02T00:00:00Z")], token: "t2", total: 5)),
            ("MaxResults=2&NextToken=t2", page([("e", "2024-01-01T00:00:00Z")], token: nil, total: 5)),
        ])
        #expect(result.outcome == .passed)
    }

    @Test func duplicatesOrderAndTotalsAcrossPagesAreFindings() async throws {
        let result = try await walk([
            ("MaxResults=2", page([("a", "2024-01-05T00:00:00Z"), ("b", "2024-01-04T00:00:00Z")], token: "t1", total: 5)),
            ("MaxResults=2&NextToken=t1", page([("c", "2024-01-03T00:00:00Z"), ("b", "2024-01-02T00:00:00Z")], token: "t2", total: 5)),
            ("MaxResults=2&NextToken=t2", page([("e", "2024-02-01T00:00:00Z")], token: nil, total: 6)),
        ])
        guard case .failed(let findings) = result.outcome else { Issue.record("expected findings, got \(result.outcome)"); return }
        // Exactly these three, each once, each labelled as the walk's (not one page's) finding.
        let lines = findings.map { "[\($0.rule)] \($0.path): \($0.text)" }
        #expect(lines == [
            "[paging] $.MediaInfos[1].MediaId: page walk: \"b\" was already listed on an earlier page",
            "[paging] $.TotalCount: page walk: page 3 says total 6, page 1 said 5",
            "[paging] $.MediaInfos[0].MediaBasicInfo.CreateTime: page walk: page 3 starts out of desc order with the end of page 2",
        ], "\(lines)")
        #expect(findings.allSatisfy { $0.page == .walk })
    }

    @Test func aMissingPageRecordingIsAnError() async throws {
        let result = try await walk([
            ("MaxResults=2", page([("a", "2024-01-05T00:00:00Z"), ("b", "2024-01-04T00:00:00Z")], token: "t1", total: 5)),
        ])
        guard case .error(let kind, let message, _) = result.outcome else { Issue.record("\(result.outcome)"); return }
        #expect(kind == "recording")
        #expect(message.hasPrefix("page 2: no recording at"))
    }
}
