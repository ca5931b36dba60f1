import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// `record` keeps good recordings when what came back is no evidence of the operation.
@Suite(.serialized) struct RecordModeTests {
    /// The bundled recordings copied into a fresh directory, and the case files pointing at the copies.
    func copies(_ fixtures: LiveFixtures) throws -> (directory: String, files: [CaseFile], originals: [String: [UInt8]]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-keep-\(UUID().uuidString)").path
        let files = fixtures.redirected(to: directory)
        var originals: [String: [UInt8]] = [:]
        for (original, copy) in zip(fixtures.caseFiles.flatMap(\.cases), files.flatMap(\.cases)) {
            let base = original.recordingPath.dropLast(5), target = copy.recordingPath.dropLast(5)
            let folder = URL(fileURLWithPath: original.recordingPath).deletingLastPathComponent().path
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                let path = "\(folder)/\(name)"
                guard path == original.recordingPath || path.hasPrefix(base + ".page") else { continue }
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                let destination = String(target) + path.dropFirst(base.count)
                try FileManager.default.createDirectory(atPath: AtomicFile.parentDirectory(of: destination), withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: destination))
                originals[destination] = bytes
            }
        }
        return (directory, files, originals)
    }

    func current(_ paths: some Sequence<String>) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: paths.map { ($0, (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))) ?? []) })
    }

    @Test func aWrongSecretLeavesEverySignedRecordingByteIdentical() async throws {
        let fixtures = try LiveFixtures()
        let server = try await StandInServer.start(fixtures.standIn())
        let (directory, files, originals) = try copies(fixtures)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var wrong = LiveFixtures.credentials
        wrong[AlibabaProvider.accessKeySecret] = "not-the-secret"
        wrong[HuaweiProvider.sk] = "not-the-secret-either"
        let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: wrong, adapters: ProviderAdapters.all, mode: "record")
        let recorder = RecordingTransport(live: live, redactor: Redactor(secrets: wrong.secrets), recordedAt: "2026-01-02T03:04:05Z")
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: recorder, concurrency: 4).run(files, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()
        // The public library needs no credentials (auth: anonymous), so a wrong secret cannot spoil its answers.
        let signed = originals.keys.filter { !$0.contains("/ice.ListPublicMediaBasicInfos/") }
        #expect(signed.count > 20)
        for path in signed {
            #expect(current([path])[path] == originals[path], "\(path) was rewritten by a rejected exchange")
        }
        for suite in run.suites where suite.name.contains("ListPublic") == false {
            for result in suite.cases {
                if case .skipped(let reason) = result.outcome, reason.hasPrefix("requires replay") { continue }
                guard case .error(let kind, let message, _) = result.outcome else { Issue.record("\(result.name): \(result.outcome)"); continue }
                // A case fed by a rejected one has no values to send: a capture error that says why.
                #expect(kind == "recording" || kind == "capture", "\(result.name): \(message)")
                #expect(message.contains("kept the previous recording: the provider rejected the credentials or signature (HTTP "), "\(message)")
            }
        }
        // The public library needs no credentials, so all of it is written (its throttled case is replay-only, never sent).
        #expect(recorder.ledger.kept.filter { $0.path.contains("ListPublic") }.map(\.path) == [])
        #expect(recorder.ledger.written.allSatisfy { $0.contains("/ice.ListPublicMediaBasicInfos/") } && !recorder.ledger.written.isEmpty)
        #expect(recorder.ledger.summary.contains("kept as they were:\n  kept \(directory)/"))
    }

    @Test func serverErrorsAndNon2xxWhereSuccessIsExpectedAreNotRecorded() async throws {
        let fixtures = try LiveFixtures()
        let plan = FaultPlan(rules: [.init(requests: 1...999, kind: .error500, operation: "huawei.ShowAssetMeta")])
        let server = try await StandInServer.start(fixtures.standIn(plan: plan))
        let (directory, files, originals) = try copies(fixtures)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let live = LiveTransport(target: LiveFixtures.target(port: server.port, retry: .init(attempts: 2, baseDelay: 0.01, maxDelay: 0.05)),
                                 credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all, mode: "record")
        let recorder = RecordingTransport(live: live, redactor: Redactor(secrets: LiveFixtures.secrets), recordedAt: "2026-01-02T03:04:05Z")
        let huawei = files.filter { $0.operation == "huawei.ShowAssetMeta" }
        let run = await SuiteRunner(contracts: fixtures.contracts, transport: recorder, concurrency: 2).run(huawei, startedAt: 0, hostname: "h")
        await live.shutdown()
        await server.stop()
        let paths = originals.keys.filter { $0.contains("/huawei.ShowAssetMeta/") }
        #expect(current(paths) == originals.filter { $0.key.contains("/huawei.ShowAssetMeta/") })
        #expect(run.suites.flatMap(\.cases).allSatisfy { result in
            switch result.outcome {
            case .error: return true
            case .skipped(let reason): return reason.hasPrefix("requires replay")
            default: return false
            }
        })
        #expect(recorder.ledger.written.isEmpty)
    }
}
