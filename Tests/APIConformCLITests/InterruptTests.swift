import APIConformReports
import APIConformTestSupport
import Foundation
import Testing

/// A run stopped by SIGTERM (a CI job's timeout) or SIGINT (Ctrl-C) still writes a schema-valid report
/// of what finished, the rest marked interrupted, and exits 128 + the signal.
@Suite(.serialized) struct InterruptTests {
    /// Lines of a child's stderr as they arrive; `waitForLine` blocks until one matches or time runs out.
    final class StreamedLines: @unchecked Sendable {
        private let lock = NSLock()
        private let arrived = DispatchSemaphore(value: 0)
        private var lines: [String] = []

        func append(_ line: String) {
            lock.withLock { lines.append(line) }
            arrived.signal()
        }

        var all: [String] { lock.withLock { lines } }

        func waitForLine(where matches: (String) -> Bool, seconds: Double) -> Bool {
            let deadline = DispatchTime.now() + seconds
            while true {
                if all.contains(where: matches) { return true }
                if arrived.wait(timeout: deadline) == .timedOut { return all.contains(where: matches) }
            }
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aStoppedRunWritesAValidReportOfWhatFinished(_ signal: Int32) throws {
        let server = try StandInProcess(["--latency-ms", "300"])
        defer { server.stop() }
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try server.targetsFile(in: folder, concurrency: 1)
        let junit = folder.appendingPathComponent("junit.xml").path
        try Data("<previous/>".utf8).write(to: URL(fileURLWithPath: junit))

        let (process, streamed, out, done) = try launch(targets: targets, junit: junit)
        // The first finished case is on stderr while the run goes on: that is the streaming a CI log relies on.
        let first = streamed.waitForLine(where: { $0.hasPrefix("[1/") }, seconds: 60)
        kill(process.processIdentifier, signal)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        _ = done.wait(timeout: .now() + 10)
        #expect(first, "no progress line before the signal: \(streamed.all)")
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal, "\(process.terminationStatus) \(stdout)")
        #expect(streamed.all.contains { $0.hasPrefix("[1/") && $0.contains(" ice.ListMediaBasicInfos ") && !$0.contains("ERROR") }, "\(streamed.all)")
        #expect(streamed.all.contains { $0.contains("received; stopping and writing the report of what finished") }, "\(streamed.all)")

        let report = try [UInt8](Data(contentsOf: URL(fileURLWithPath: junit)))
        #expect(SchemaValidator.validate(xml: report, schemaPath: ReportTests.xsd) == [])
        let text = String(decoding: report, as: UTF8.self)
        let testcases = text.components(separatedBy: "<testcase ").count - 1
        let interrupted = text.components(separatedBy: "<error message=\"not run: interrupted\" type=\"interrupted\">").count - 1
        #expect(testcases > 5 && interrupted >= 1 && interrupted < testcases, "\(testcases) cases, \(interrupted) interrupted")
        #expect(!text.contains("<failure"), "a stopped run has no findings it did not make")
        #expect(stdout.contains("JUnit report: \(junit)"), "\(stdout)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Starts a live run of the ICE listing suite, one case at a time, its stderr streamed line by line.
    func launch(targets: String, junit: String) throws -> (Process, StreamedLines, Pipe, DispatchSemaphore) {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["run", "--target", "local", "--targets", targets, "--junit", junit, "--concurrency", "1", "cases/suites/ice.ListMediaBasicInfos.yaml"]
        process.currentDirectoryURL = BinaryRunner.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1767323045"
        environment["APICONFORM_HOSTNAME"] = "ci-host"
        for (key, value) in StandInProcess.credentials { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let streamed = StreamedLines()
        let reader = err.fileHandleForReading
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var line = Data()
            while let byte = try? reader.read(upToCount: 1), !byte.isEmpty {
                if byte == Data("\n".utf8) {
                    streamed.append(String(decoding: line, as: UTF8.self))
                    line = Data()
                } else {
                    line.append(byte)
                }
            }
            done.signal()
        }
        try process.run()
        return (process, streamed, out, done)
    }

    /// A signal right after the first progress line is never lost: a dispatch signal source registers
    /// after `resume()` returns, and a SIGINT in that window used to be dropped (the run went on to the
    /// end, exit 0; 4 runs of 55 under load). Each of these runs must stop with 130.
    @Test func aSignalRightAfterStartIsNeverLost() throws {
        let server = try StandInProcess(["--latency-ms", "300"])
        defer { server.stop() }
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try server.targetsFile(in: folder, concurrency: 1)
        var statuses: [Int32] = []
        for attempt in 0..<12 {
            let (process, streamed, out, done) = try launch(targets: targets, junit: folder.appendingPathComponent("junit-\(attempt).xml").path)
            _ = streamed.waitForLine(where: { $0.hasPrefix("[1/") }, seconds: 60)
            kill(process.processIdentifier, SIGINT)
            _ = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            _ = done.wait(timeout: .now() + 10)
            statuses.append(process.terminationStatus)
        }
        #expect(statuses == Array(repeating: 130, count: 12))
    }
}
