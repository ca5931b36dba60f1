import APIConformStandIn
import Foundation
import Testing

/// The stand-in answers even while every thread of Swift's cooperative pool is busy (here: blocked on
/// purpose; in a test run: synchronous CPU-heavy tests). It once computed answers on that pool, and a
/// 2-core machine running the mutation test next to a live test saw a read timeout after 10 s.
@Suite(.serialized) struct StandInStarvationTests {
    @Test func answersWhileTheCooperativePoolIsBlocked() async throws {
        let fixtures = try LiveFixtures()
        let server = try await StandInServer.start(fixtures.standIn())
        let release = DispatchSemaphore(value: 0)
        let blockers = ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<blockers {
            // Blocking a pool thread is the point: nothing else may run there until released.
            Task.detached { release.wait() }
        }
        // This thread is a pool thread too; the request is sent from it, blocking, so the pool holds
        // no free thread while the stand-in must answer.
        let status = BlockingHTTPGet.statusLine(port: server.port, path: "/v1.0/\(LiveFixtures.projectID)/asset/info?asset_id=x", timeout: 5)
        for _ in 0..<blockers { release.signal() }
        await server.stop()
        #expect(status?.hasPrefix("HTTP/1.1 ") == true, "no answer within 5 s while the pool was busy")
    }
}
