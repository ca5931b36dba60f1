import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// The stand-in under a careless or hostile client: token requests for another project are refused,
/// oversized bodies get 413 without being buffered, and idle or trickling connections are closed.
@Suite struct StandInHardeningTests {
    @Test func aTokenIsScopedToTheConfiguredProject() async throws {
        let fixtures = try LiveFixtures()
        let (server, target, testCase, contract) = try await fixtures.huaweiTokenSession(
            HuaweiStandIn(tokens: ["MIIEvalToken-0001"], projectID: LiveFixtures.projectID))
        var statuses: [Int] = []
        for project in [LiveFixtures.projectID, "ffffffffffffffffffffffffffffffff"] {
            var credentials = Credentials()
            credentials[HuaweiProvider.projectID] = project
            credentials[HuaweiProvider.authToken] = "MIIEvalToken-0001"
            let live = LiveTransport(target: target, credentials: credentials, adapters: ProviderAdapters.all)
            let exchange = try await live.exchange(for: testCase, contract: contract).get()
            await live.shutdown()
            statuses.append(exchange.status)
            if exchange.status == 403 {
                #expect(try JSONReader().parse(exchange.body)["error_code"]?.stringValue == "APIGW.0302")
            }
        }
        await server.stop()
        #expect(statuses == [200, 403])
    }

    static func server(limits: StandInLimits) async throws -> StandInServer {
        try await StandInServer.start(LiveFixtures().standIn(), limits: limits)
    }

    @Test func aBodyOverTheLimitIsRefusedWith413() async throws {
        let server = try await Self.server(limits: StandInLimits(requestBodyBytes: 1024, requestTimeout: 30))
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        let body = String(repeating: "a", count: 4096)
        try connection.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        let answer = connection.receiveAll()
        #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(200))")
        let small = try RawConnection(port: server.port)
        try small.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab")
        #expect(!small.receiveAll().hasPrefix("HTTP/1.1 413"), "a small body is answered as before")
    }

    @Test func idleAndTricklingConnectionsAreClosed() async throws {
        let server = try await Self.server(limits: StandInLimits(requestBodyBytes: 1024, requestTimeout: 0.3))
        defer { Task { await server.stop() } }
        let idle = try RawConnection(port: server.port)
        #expect(idle.receiveAll() == "", "closed without an answer")
        #expect(idle.closedByPeer)
        let trickling = try RawConnection(port: server.port)
        try trickling.send("GET /v1.0/")
        #expect(trickling.receiveAll() == "")
        #expect(trickling.closedByPeer)
    }
}

/// A blocking loopback TCP connection with a 20 s receive guard, for speaking raw HTTP.
final class RawConnection {
    let descriptor: Int32
    private(set) var closedByPeer = false

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var guardTime = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &guardTime, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw POSIXError(.EPIPE) }
            offset += sent
        }
    }

    /// Everything until the peer closes (`closedByPeer`), or the guard expires.
    func receiveAll() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { closedByPeer = true; break }
            if count < 0 { closedByPeer = errno == ECONNRESET; break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
