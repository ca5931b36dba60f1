import Foundation
import Testing

/// Live mode through the built binary: a missing credential stops the run before anything is sent,
/// and `serve` plus `run --target` work end to end on 127.0.0.1.
@Suite(.serialized) struct LiveCommandTests {
    static let cleared = ["ALIBABA_CLOUD_ACCESS_KEY_ID": "", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "", "HUAWEICLOUD_SDK_AK": "",
                          "HUAWEICLOUD_SDK_SK": "", "HUAWEICLOUD_SDK_PROJECT_ID": ""]

    @Test func missingCredentialsNameTheVariableAndSendNothing() throws {
        let junit = FileManager.default.temporaryDirectory.appendingPathComponent("j-\(UUID().uuidString).xml").path
        let output = try BinaryRunner.run(["run", "--target", "staging", "--junit", junit, "cases/suites/huawei.ShowAssetMeta.yaml"], environment: Self.cleared)
        #expect(output.status == 2)
        #expect(output.stderr == "error: missing credentials: set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID (nothing was sent)\n")
        #expect(!FileManager.default.fileExists(atPath: junit))
    }

    @Test func unknownTargetSuggestsTheClosest() throws {
        let output = try BinaryRunner.run(["run", "--target", "stagin"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no target 'stagin' in cases/targets.yaml; did you mean 'staging'?"), "\(output.stderr)")
    }

    @Test func serveAndRunAgainstItThroughTheBinary() throws {
        var environment = ProcessInfo.processInfo.environment
        let credentials = ["ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tBinaryTestKey01", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "binary/test+secret=",
                           "HUAWEICLOUD_SDK_AK": "HWBINARYTESTAK01", "HUAWEICLOUD_SDK_SK": "hw/binary+secret=", "HUAWEICLOUD_SDK_PROJECT_ID": "p0123456789"]
        for (key, value) in credentials { environment[key] = value }
        let server = Process()
        server.executableURL = BinaryRunner.binary
        server.arguments = ["serve", "--port", "0"]
        server.currentDirectoryURL = BinaryRunner.repositoryRoot
        server.environment = environment
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        // The first line names the port: "apiconform stand-in: N recordings on http://127.0.0.1:PORT".
        // Read it on another thread with a deadline, so a silent server fails the test instead of hanging it.
        let announcement = Announcement()
        let reader = out.fileHandleForReading
        DispatchQueue.global().async {
            var line = Data()
            while let byte = try? reader.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line.append(byte) }
            announcement.set(String(decoding: line, as: UTF8.self))
        }
        guard announcement.wait(seconds: 20) else {
            Issue.record("apiconform serve announced no port within 20 s")
            return
        }
        let announced = announcement.value
        let port = try #require(announced.split(separator: ":").last.flatMap { Int($0) }, "\(announced)")
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("targets:\n  local:\n    endpoints: {\"*\": \"http://127.0.0.1:\(port)\"}\n    rate_limit: 100\n".utf8)
            .write(to: folder.appendingPathComponent("targets.yaml"))
        let junit = folder.appendingPathComponent("junit.xml").path
        let output = try BinaryRunner.run(["run", "--target", "local", "--targets", folder.appendingPathComponent("targets.yaml").path, "--junit", junit,
                                           "cases/suites/ice.ListMediaBasicInfos.yaml", "cases/suites/huawei.ShowAssetMeta.yaml"], environment: credentials)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(" 0 failed, 0 errors"), "\(output.stdout)")
        let report = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(report.contains("<property name=\"mode\" value=\"live\"/>") && report.contains("<property name=\"target\" value=\"local\"/>"))
        for secret in credentials.values where secret.count > 12 {
            #expect(!report.contains(secret) && !output.stdout.contains(secret))
        }
    }
}

/// The stand-in's first line, handed from the reading thread to the test.
final class Announcement: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var text = ""

    func set(_ value: String) {
        lock.withLock { text = value }
        semaphore.signal()
    }

    func wait(seconds: Double) -> Bool { semaphore.wait(timeout: .now() + seconds) == .success }

    var value: String { lock.withLock { text } }
}
