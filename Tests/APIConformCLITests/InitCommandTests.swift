import Foundation
import Testing

/// `apiconform init` scaffolds an operation that lints and runs on its template recording, for either
/// provider, and never writes over a file.
@Suite struct InitCommandTests {
    @Test(arguments: [("vod.GetPlayInfo", "alibaba"), ("huawei.ShowAssetDetail", "huawei")])
    func aScaffoldLintsAndRuns(_ operation: String, _ provider: String) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try BinaryRunner.run(["init", operation, "--provider", provider], in: directory, environment: ["APICONFORM_CONTRACTS": ""])
        #expect(created.status == 0, "\(created.stdout)\(created.stderr)")
        for path in ["cases/contracts/\(operation).yaml", "cases/suites/\(operation).yaml", "cases/recordings/\(operation)/first-call.http"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path), "\(path) was not written")
        }
        let contract = try String(contentsOf: directory.appendingPathComponent("cases/contracts/\(operation).yaml"), encoding: .utf8)
        #expect(contract.hasPrefix("# yaml-language-server: $schema=../../schemas/contract.schema.json\n"))
        #expect(contract.contains("provider: \(provider)\n"))
        let lint = try BinaryRunner.run(["lint"], in: directory, environment: ["APICONFORM_CONTRACTS": ""])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.contains("1 contracts and 1 case files with 1 cases"), "\(lint.stdout)")
        let run = try BinaryRunner.run(["run", "--quiet"], in: directory, environment: ["APICONFORM_CONTRACTS": ""])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test func itRefusesToOverwriteAndWritesNothing() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let suites = directory.appendingPathComponent("cases/suites")
        try FileManager.default.createDirectory(at: suites, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: suites.appendingPathComponent("vod.GetPlayInfo.yaml"))
        let again = try BinaryRunner.run(["init", "vod.GetPlayInfo"], in: directory)
        #expect(again.status == 2)
        #expect(again.stderr.contains("cases/suites/vod.GetPlayInfo.yaml already exists; init writes nothing over a file"), "\(again.stderr)")
        #expect(try String(contentsOf: suites.appendingPathComponent("vod.GetPlayInfo.yaml"), encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("cases/contracts/vod.GetPlayInfo.yaml").path))
    }

    @Test func aMalformedOperationIsAUsageError() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["init", "GetPlayInfo"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("'GetPlayInfo' is not an operation id: write PRODUCT.Action"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: apiconform init"), "\(result.stderr)")
    }
}
