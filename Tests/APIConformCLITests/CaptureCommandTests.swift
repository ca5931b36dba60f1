import Foundation
import Testing

/// Variables and captures through the built binary: replay resolves `${vars.…}` from the targets
/// file's top-level `vars:` and `${env.…}` from the environment; a source outside the run is exit 2.
@Suite struct CaptureCommandTests {
    static let body = #"{"RequestId": "r", "TotalCount": 1, "MaxResults": 10, "MediaInfos": [{"MediaId": "m1", "MediaBasicInfo": {"MediaId": "m1", "CreateTime": "2026-01-02T00:00:00Z"}}]}"#

    func workspace(request: String) throws -> URL {
        let folder = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("recordings"), withIntermediateDirectories: true)
        let recording = "# apiconform recording v1\n> POST https://ice.cn-shanghai.aliyuncs.com/?MediaId=m1&NextToken=tok\n< HTTP/1.1 200 OK\n<\n\(Self.body)"
        try Data(recording.utf8).write(to: folder.appendingPathComponent("recordings/by-id.http"))
        let suite = "operation: ice.ListMediaBasicInfos\nrecordings: recordings\ncases:\n  - name: by-id\n    request: \(request)\n    expect: {count: {$.MediaInfos: {max: MaxResults}}}\n"
        try Data(suite.utf8).write(to: folder.appendingPathComponent("s.yaml"))
        try Data("vars: {asset: m1}\ntargets: {}\n".utf8).write(to: folder.appendingPathComponent("targets.yaml"))
        return folder
    }

    @Test func replayResolvesTargetVariablesAndTheEnvironment() throws {
        let folder = try workspace(request: #"{MediaId: "${vars.asset}", NextToken: "${env.APICONFORM_TEST_TOKEN}"}"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let args = ["run", "--targets", folder.appendingPathComponent("targets.yaml").path, "--junit", folder.appendingPathComponent("j.xml").path,
                    folder.appendingPathComponent("s.yaml").path]
        let resolved = try BinaryRunner.run(args, environment: ["APICONFORM_TEST_TOKEN": "tok"])
        #expect(resolved.status == 0, "\(resolved.stdout)\(resolved.stderr)")
        let unset = try BinaryRunner.run(args, environment: ["APICONFORM_TEST_TOKEN": ""])
        #expect(unset.status == 3)
        #expect(unset.stdout.contains("by-id [recording] stale recording"), "an empty variable is sent as empty: \(unset.stdout)")
    }

    @Test func aSourceOutsideTheRunIsALoadError() throws {
        let folder = try workspace(request: #"{MediaId: "${ids}"}"#)
        defer { try? FileManager.default.removeItem(at: folder) }
        let suite = "operation: ice.ListMediaBasicInfos\ncases:\n  - name: by-id\n    captures: {ids: {from: ice.BatchGetYikeAssetMediaInfos/batch, path: \"$.MediaInfos[*].MediaId\"}}\n    request: {MediaId: \"${ids}\"}\n"
        try Data(suite.utf8).write(to: folder.appendingPathComponent("s.yaml"))
        let output = try BinaryRunner.run(["lint", folder.appendingPathComponent("s.yaml").path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("s.yaml:4:16: error: [unknown_case] capture 'ids' of by-id: no case file of ice.BatchGetYikeAssetMediaInfos is part of this run"), "\(output.stderr)")
    }
}
