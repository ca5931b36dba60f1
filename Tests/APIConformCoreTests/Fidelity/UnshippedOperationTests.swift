import Foundation
import Testing
@testable import APIConformCore

/// Issue #12: a contract for an operation the project does not ship — VOD GetVideoList, with
/// `SortBy: CreationTime:Desc|CreationTime:Asc`, a comma-separated `Status` filter and titles limited
/// in bytes — is written from its documentation with no Swift change, loads clean and judges.
@Suite struct UnshippedOperationTests {
    static func contract() throws -> Contract {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/vod.GetVideoList.yaml").path
        let sink = DiagnosticSink()
        let contract = ContractLoader(sink: sink).loadFile(file)
        guard let contract, sink.isEmpty else { throw Fixtures.FixtureError(message: sink.diagnostics.map(\.description).joined(separator: "\n")) }
        return contract
    }

    static func video(_ id: Int, status: String, created: String, title: String = "video") -> String {
        let hex = String(repeating: String(id % 10), count: 32)
        return #"{"VideoId": "\#(hex)", "Title": "\#(title)", "Status": "\#(status)", "CreationTime": "\#(created)", "Size": 10, "Duration": 1.5}"#
    }

    static func findings(request: String, videos: [String], total: Int? = nil) throws -> [String] {
        let evaluator = ContractEvaluator(contract: try contract())
        let request = try #require(try JSONReader().parse(request).objectValue)
        let body = #"{"RequestId": "r", "Total": \#(total ?? videos.count), "VideoList": {"Video": [\#(videos.joined(separator: ","))]}}"#
        return evaluator.evaluate(Exchange(status: 200, headers: [], body: Array(body.utf8)), request: request).findings
            .map { "\($0.rule) \($0.side == .request ? "request:" : "")\($0.path)" }
    }

    @Test func conformingListingsStayQuiet() throws {
        let newestFirst = [Self.video(1, status: "Normal", created: "2021-01-03T00:00:00Z", title: String(repeating: "标", count: 42)),
                           Self.video(2, status: "Blocked", created: "2021-01-02T00:00:00Z")]
        #expect(try Self.findings(request: #"{"Status": "Normal,Blocked"}"#, videos: newestFirst) == [])
        #expect(try Self.findings(request: #"{"SortBy": "CreationTime:Asc", "StartTime": "2021-01-01T00:00:00Z", "EndTime": "2021-01-04T00:00:00Z"}"#,
                                  videos: newestFirst.reversed()) == [])
    }

    @Test func eachDocumentedSentenceFiresAtItsPath() throws {
        let videos = [Self.video(1, status: "Normal", created: "2021-01-02T00:00:00Z", title: String(repeating: "标", count: 43)),
                      Self.video(2, status: "Transcoding", created: "2021-01-03T00:00:00Z")]
        #expect(try Self.findings(request: #"{"Status": "Normal,Blocked"}"#, videos: videos) == [
            "byte_length $.VideoList.Video[0].Title",
            "filter_match $.VideoList.Video[1].Status",
            "sort_order $.VideoList.Video[1].CreationTime",
        ])
        #expect(try Self.findings(request: #"{"Status": "Normal,Deleted", "StartTime": "2021-01-05T00:00:00Z", "EndTime": "2021-01-01T00:00:00Z"}"#, videos: []) == [
            "delimited_list request:$.Status",
            "request_relation request:$.EndTime",
        ])
    }
}
