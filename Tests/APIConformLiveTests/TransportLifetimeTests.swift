import APIConformCore
import APIConformLive
import Foundation
import Testing

/// An error path that never reaches `shutdown()` must not take the process down: AsyncHTTPClient
/// treats a client released while open as a fatal error in debug builds, which once crashed the
/// whole test run when one stand-in answer timed out under load.
@Suite struct TransportLifetimeTests {
    @Test func aTransportReleasedWithoutShutdownAfterAFailedExchangeClosesItself() async throws {
        let fixtures = try LiveFixtures()
        let testCase = try #require(fixtures.caseFiles.first { $0.operation == "huawei.ShowAssetMeta" }?.cases.first?.pinnedToRecording())
        let contract = try #require(fixtures.contracts.first { $0.operation == "huawei.ShowAssetMeta" })
        // Port 1 on loopback: refused at once, so the exchange fails without any server.
        var live: LiveTransport? = LiveTransport(target: LiveFixtures.target(port: 1, retry: .init(attempts: 1, baseDelay: 0.01, maxDelay: 0.01)),
                                                 credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
        let outcome = await live?.exchange(for: testCase, contract: contract)
        guard case .failure = outcome else { Issue.record("a refused connection gave \(String(describing: outcome))"); return }
        live = nil
        // Still here: the release closed the client instead of trapping.
        #expect(live == nil)
    }
}
