import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation

/// A stand-in on 127.0.0.1 serving the bundled recordings, and a target pointing at it, with test
/// credentials that must never reach anything written.
struct LiveFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let alibabaID = "LTAI5tTestAccessKeyId0001"
    static let alibabaSecret = "testSecret/with+Special=Chars9000"
    static let huaweiAK = "HWTESTACCESSKEY000001"
    static let huaweiSK = "hwTestSecretKey/with+Special=Chars"
    static let projectID = "0a1b2c3d4e5f67890a1b2c3d4e5f6789"
    static let secrets = [alibabaID, alibabaSecret, huaweiAK, huaweiSK]

    let contracts: [Contract]
    let caseFiles: [CaseFile]

    init() throws {
        let sink = DiagnosticSink()
        contracts = ContractLoader(sink: sink).loadDirectory(Self.repositoryRoot.appendingPathComponent("cases/contracts").path)
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        caseFiles = CaseFileLoader.discover([Self.repositoryRoot.appendingPathComponent("cases/suites").path], sink: sink).compactMap(loader.loadFile)
        guard sink.isEmpty else { throw FixtureError(description: sink.diagnostics.map(\.description).joined(separator: "\n")) }
    }

    func standIn(plan: FaultPlan = FaultPlan()) -> StandIn {
        StandIn(contracts: contracts, recordings: RecordingIndex(caseFiles: caseFiles), verifier: Self.verifier, plan: plan)
    }

    /// Accepts the fixture credentials of both providers.
    static var verifier: ProviderSignatureVerifier {
        ProviderSignatureVerifier([AlibabaStandIn(keys: [alibabaID: alibabaSecret]), HuaweiStandIn(keys: [huaweiAK: huaweiSK])])
    }

    static func target(port: Int, signature: AlibabaProvider.Signature = .acs3, rate: Double = 200, retry: Target.RetryPolicy = .init(attempts: 3, baseDelay: 0.05, maxDelay: 1),
                       timeouts: Target.Timeouts = .init(connect: 5, read: 30, total: 60)) -> Target {
        Target(name: "stand-in", endpoints: ["*": "http://127.0.0.1:\(port)"], providerSettings: [AlibabaProvider.signatureSetting.key: signature.rawValue], rateLimit: rate,
               concurrency: 4, timeouts: timeouts, retry: retry)
    }

    static var credentials: Credentials {
        var credentials = Credentials()
        credentials[AlibabaProvider.accessKeyID] = alibabaID
        credentials[AlibabaProvider.accessKeySecret] = alibabaSecret
        credentials[HuaweiProvider.ak] = huaweiAK
        credentials[HuaweiProvider.sk] = huaweiSK
        credentials[HuaweiProvider.projectID] = projectID
        return credentials
    }

    /// A stand-in accepting Huawei tokens as `accepted` says, a token target at it, and the Huawei case
    /// and contract the token tests send.
    func huaweiTokenSession(_ accepted: HuaweiStandIn) async throws
        -> (server: StandInServer, target: Target, testCase: TestCase, contract: Contract) {
        let standIn = StandIn(contracts: contracts, recordings: RecordingIndex(caseFiles: caseFiles), verifier: ProviderSignatureVerifier([accepted]))
        let server = try await StandInServer.start(standIn)
        var target = Self.target(port: server.port)
        target.providerSettings[HuaweiProvider.authSetting.key] = HuaweiProvider.Auth.token.rawValue
        guard let testCase = caseFiles.first(where: { $0.operation == "huawei.ShowAssetMeta" })?.cases.first(where: { $0.name == "single-asset" })?.pinnedToRecording(),
              let contract = contracts.first(where: { $0.operation == "huawei.ShowAssetMeta" }) else {
            throw FixtureError(description: "no huawei.ShowAssetMeta single-asset case")
        }
        return (server, target, testCase, contract)
    }

    /// The case files with every recording redirected into `directory`.
    func redirected(to directory: String) -> [CaseFile] {
        caseFiles.map { file in
            var copy = file
            copy.cases = file.cases.map { testCase in
                var moved = testCase
                moved.recordingPath = "\(directory)/\(file.operation)/\(testCase.name).http"
                return moved
            }
            return copy
        }
    }

    /// Outcome kinds by case, for comparing verdicts across modes.
    static func verdicts(_ run: RunResult) -> [String: String] {
        var verdicts: [String: String] = [:]
        for suite in run.suites {
            for result in suite.cases {
                let kind: String
                switch result.outcome {
                case .passed: kind = "passed"
                case .failed(let findings): kind = "failed " + findings.map { "\($0.rule) \($0.path)" }.joined(separator: ", ")
                case .error(let k, let message, _): kind = "error \(k) \(message)"
                case .skipped: kind = "skipped " + result.deviations.map { "\($0.rule) \($0.path)" }.joined(separator: ", ")
                }
                verdicts["\(suite.name)#\(result.name)"] = kind
            }
        }
        return verdicts
    }

    /// A loopback port nothing listens on: bound to get a free number, then closed again.
    static func closedPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw FixtureError(description: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw FixtureError(description: "bind failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }
}
