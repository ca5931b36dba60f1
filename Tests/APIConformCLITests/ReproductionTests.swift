import Foundation
import Testing

/// A failing or erring live case says how to send it again — an `apiconform run` line naming the
/// credential variables it signs with, or a curl line where the operation needs none — and no
/// credential value reaches the console, the JUnit report or the run record. Replay prints none.
@Suite(.serialized) struct ReproductionTests {
    @Test func erringLiveCasesCarryAReproductionWithoutSecrets() throws {
        let server = try StandInProcess(["--fault", "1-999:500"])
        defer { server.stop() }
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try server.targetsFile(in: folder, extra: "    retry: {attempts: 1}\n")
        let junit = folder.appendingPathComponent("junit.xml").path
        let output = try BinaryRunner.run(["run", "--target", "local", "--targets", targets, "--junit", junit, "--filter", "huawei.ShowAssetMeta/recent-page-0",
                                           "--filter", "ice.ListPublicMediaBasicInfos/default-first-page",
                                           "cases/suites/huawei.ShowAssetMeta.yaml", "cases/suites/ice.ListPublicMediaBasicInfos.yaml"],
                                          environment: StandInProcess.credentials)
        #expect(output.status == 3, "\(output.stdout)\(output.stderr)")
        let report = try String(contentsOfFile: junit, encoding: .utf8)
        let record = try String(contentsOfFile: folder.appendingPathComponent("run.ndjson").path, encoding: .utf8)
        let signed = "apiconform run --target local --targets \(targets) --filter huawei.ShowAssetMeta/recent-page-0"
            + "   # signs with $HUAWEICLOUD_SDK_PROJECT_ID, $HUAWEICLOUD_SDK_AK, $HUAWEICLOUD_SDK_SK"
        #expect(output.stdout.contains("           reproduce: \(signed)\n"), "\(output.stdout)")
        #expect(report.contains("reproduce:\n  \(signed)\n"), "\(report)")
        #expect(record.contains("\"reproduction\":"), "\(record)")
        // The public operation needs no credentials: curl sends exactly the request.
        #expect(output.stdout.contains("curl -sS -X POST 'http://127.0.0.1:\(server.port)/"), "\(output.stdout)")
        for secret in StandInProcess.credentials.values {
            #expect(!report.contains(secret) && !output.stdout.contains(secret) && !output.stderr.contains(secret) && !record.contains(secret), "\(secret) leaked")
        }
    }

    @Test func replayNeedsNoReproduction() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try BinaryRunner.run(["run", "--contracts", "../../../../cases/contracts", "--junit", folder.appendingPathComponent("junit.xml").path, "suites"],
                                          in: ScenarioTests.scenarios.appendingPathComponent("failing-run"))
        #expect(output.status == 1)
        #expect(!output.stdout.contains("reproduce:"), "\(output.stdout)")
    }
}
