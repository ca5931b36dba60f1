import Foundation

/// Runs the built `apiconform` binary as a user would, capturing output and exit status.
enum BinaryRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (SwiftPM builds the executable the test target depends on).
    static var binary: URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("apiconform")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/apiconform")
    }

    /// Runs with a fixed clock and host so reports are reproducible; `stdin` is fed when given.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, stdin: Data? = nil,
                    environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1767323045"
        environment["APICONFORM_HOSTNAME"] = "ci-host"
        environment["APICONFORM_CONTRACTS"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Drain both pipes at once before waiting: reading one to its end first would block the child
        // as soon as it filled the other pipe's 64 KiB buffer.
        let stderrData = Drained()
        let reader = Thread { stderrData.data = err.fileHandleForReading.readDataToEndOfFile(); stderrData.done.signal() }
        reader.start()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        stderrData.done.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData.data, as: UTF8.self))
    }

    /// What the stderr reader thread collected; `done` is signalled once, after `data` is set.
    final class Drained: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
