import APIConformReports
import APIConformTestSupport
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
        let server = try StandInProcess()
        defer { server.stop() }
        let credentials = StandInProcess.credentials
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try server.targetsFile(in: folder)
        let junit = folder.appendingPathComponent("junit.xml").path
        let output = try BinaryRunner.run(["run", "--target", "local", "--targets", targets, "--junit", junit,
                                           "cases/suites/ice.ListMediaBasicInfos.yaml", "cases/suites/huawei.ShowAssetMeta.yaml"], environment: credentials)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(" 0 failed, 0 errors"), "\(output.stdout)")
        let report = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(report.contains("<property name=\"mode\" value=\"live\"/>") && report.contains("<property name=\"target\" value=\"local\"/>"))
        for secret in credentials.values where secret.count > 12 {
            #expect(!report.contains(secret) && !output.stdout.contains(secret) && !output.stderr.contains(secret))
        }
        // Without a terminal, a line per finished case on stderr, the final report on stdout as before.
        let lines = output.stderr.split(separator: "\n")
        let total = output.stdout.components(separatedBy: "apiconform: ").last?.split(separator: " ").first.map(String.init) ?? "?"
        #expect(lines.count == Int(total), "\(output.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("[") && $0.contains("/\(total)] ") }, "\(output.stderr)")
        #expect(lines.contains { $0.hasSuffix("] ok       huawei.ShowAssetMeta single-asset") }, "\(output.stderr)")
    }

    @Test func quietProgressKeepsOnlyFailuresAndErrors() throws {
        let server = try StandInProcess(["--fault", "1-999:500@huawei.ShowAssetMeta"])
        defer { server.stop() }
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try server.targetsFile(in: folder, extra: "    retry: {attempts: 2, base_delay: 0.01, max_delay: 0.05}\n")
        let output = try BinaryRunner.run(["run", "--quiet", "--target", "local", "--targets", targets, "--junit", folder.appendingPathComponent("j.xml").path,
                                           "cases/suites/ice.ListMediaBasicInfos.yaml", "cases/suites/huawei.ShowAssetMeta.yaml"],
                                          environment: StandInProcess.credentials)
        let lines = output.stderr.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.contains("] ERROR    huawei.ShowAssetMeta ") }, "\(output.stderr)")
    }

    /// Only errors (every attempt answered 500): no verdict, so exit 3, and the report holds `<error>`s, no `<failure>`.
    @Test func errorsWithoutFindingsExitThree() throws {
        let server = try StandInProcess(["--fault", "1-999:500"])
        defer { server.stop() }
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try server.targetsFile(in: folder, extra: "    retry: {attempts: 2, base_delay: 0.01, max_delay: 0.05}\n")
        let junit = folder.appendingPathComponent("junit.xml").path
        let output = try BinaryRunner.run(["run", "--target", "local", "--targets", targets, "--junit", junit, "cases/suites/huawei.ShowAssetMeta.yaml"],
                                          environment: StandInProcess.credentials)
        #expect(output.status == 3, "\(output.stdout)\(output.stderr)")
        let report = try [UInt8](Data(contentsOf: URL(fileURLWithPath: junit)))
        let text = String(decoding: report, as: UTF8.self)
        #expect(!text.contains("<failure") && text.contains("<error message=\"gave up after 2 attempts: HTTP 500 VOD.10001 on all 2 attempts\" type=\"transport\">"), "\(text)")
        #expect(SchemaValidator.validate(xml: report, schemaPath: ReportTests.xsd) == [])
    }

    /// A typo in an endpoint is one exit-2 error at load with its position, before anything is sent.
    @Test func aMalformedEndpointExitsTwoBeforeAnyRequest() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = folder.appendingPathComponent("targets.yaml").path
        try Data("targets:\n  local:\n    endpoints: {\"*\": \"http://127.0.0.1:87a87\"}\n".utf8).write(to: URL(fileURLWithPath: targets))
        let junit = folder.appendingPathComponent("junit.xml").path
        let output = try BinaryRunner.run(["run", "--target", "local", "--targets", targets, "--junit", junit], environment: StandInProcess.credentials)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("\(targets):3:22: error: [invalid_url] endpoint '*' is not a usable base URL: 'http://127.0.0.1:87a87' does not parse"),
                "\(output.stderr)")
        #expect(output.stdout.isEmpty && !FileManager.default.fileExists(atPath: junit))
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
