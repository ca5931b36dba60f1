import Foundation
import Testing

/// `apiconform serve` on 127.0.0.1 as a child process, for tests that run the binary against it.
final class StandInProcess {
    static let credentials = ["ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tBinaryTestKey01", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "binary/test+secret=",
                              "HUAWEICLOUD_SDK_AK": "HWBINARYTESTAK01", "HUAWEICLOUD_SDK_SK": "hw/binary+secret=", "HUAWEICLOUD_SDK_PROJECT_ID": "p0123456789"]

    let process = Process()
    let port: Int

    /// Starts `serve --port 0` with `arguments` (faults, latency) and waits up to 20 s for the port it announces.
    init(_ arguments: [String] = []) throws {
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in Self.credentials { environment[key] = value }
        process.executableURL = BinaryRunner.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = BinaryRunner.repositoryRoot
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the port: "apiconform stand-in: N recordings on http://127.0.0.1:PORT".
        // Read it on another thread with a deadline, so a silent server fails the test instead of hanging it.
        let announcement = Announcement()
        let reader = out.fileHandleForReading
        DispatchQueue.global().async {
            var line = Data()
            while let byte = try? reader.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line.append(byte) }
            announcement.set(String(decoding: line, as: UTF8.self))
        }
        guard announcement.wait(seconds: 20), let port = announcement.value.split(separator: ":").last.flatMap({ Int($0) }) else {
            process.terminate()
            process.waitUntilExit()
            throw StandInError(description: "apiconform serve announced no port within 20 s: '\(announcement.value)'")
        }
        self.port = port
    }

    /// A targets file in `folder` naming this stand-in `local`.
    func targetsFile(in folder: URL, concurrency: Int = 4, extra: String = "") throws -> String {
        let path = folder.appendingPathComponent("targets.yaml").path
        try Data("targets:\n  local:\n    endpoints: {\"*\": \"http://127.0.0.1:\(port)\"}\n    rate_limit: 100\n    concurrency: \(concurrency)\n\(extra)".utf8)
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    struct StandInError: Error, CustomStringConvertible {
        var description: String
    }
}
