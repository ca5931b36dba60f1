import Foundation
import Testing
@testable import APIConformCore

/// A walk that cannot see a page has no verdict: the case is an `<error>` naming the page.
@Suite struct PageWalkOutcomeTests {
    /// Replays the recordings, except that page 2 of the walk answers `page2`.
    struct SecondPageTransport: Transport {
        var page2: Exchange
        var mode: String { "replay" }
        var targetName: String { "recorded" }
        func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
            testCase.recordingPath.hasSuffix(".page2.http") ? .success(page2) : await ReplayTransport().exchange(for: testCase, contract: contract)
        }
    }

    func walk(page2: Exchange?) async throws -> CaseOutcome {
        let contracts = try Fixtures.contracts()
        let sink = DiagnosticSink()
        let path = Fixtures.repositoryRoot.appendingPathComponent("cases/suites/ice.ListMediaBasicInfos.yaml").path
        let file = try #require(CaseFileLoader(contracts: contracts, sink: sink).loadFile(path))
        let testCase = try #require(file.cases.first { $0.name == "paging-walk" })
        let contract = try #require(contracts.first { $0.operation == file.operation })
        let transport: any Transport = page2.map { SecondPageTransport(page2: $0) } ?? ReplayTransport()
        return await CaseRunner(contract: contract, transport: transport).run(testCase, suiteName: file.operation).outcome
    }

    @Test func aNon2xxPageIsAnErrorNamingThePage() async throws {
        let body = #"{"RequestId": "r", "Code": "InvalidParameter.NextToken", "Message": "The NextToken is invalid."}"#
        let outcome = try await walk(page2: Exchange(status: 400, headers: [], body: Array(body.utf8)))
        guard case .error(let kind, let message, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(kind == "walk")
        #expect(message == "page 2 answered HTTP 400 InvalidParameter.NextToken; the walk is incomplete")
    }

    @Test func anUnparsablePageIsAnErrorNamingThePage() async throws {
        let outcome = try await walk(page2: Exchange(status: 200, headers: [], body: Array("<html>gateway</html>".utf8)))
        guard case .error(let kind, let message, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(kind == "walk")
        #expect(message == "page 2 is not JSON; the walk is incomplete")
    }

    @Test func aCompleteWalkPasses() async throws {
        #expect(try await walk(page2: nil) == .passed)
    }
}
