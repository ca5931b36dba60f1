import Foundation
import Testing
@testable import APIConformCore

/// How `RecordingProfile.build` reads a directory: which operation a file records, and what is bad input.
@Suite struct DiffRecordingSetTests {
    /// A temporary directory holding `files` (relative path → text), profiled; the diagnostics' compact lines.
    func profile(_ files: [String: String]) throws -> (RecordingProfile, [String]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-set-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let sink = DiagnosticSink()
        let profile = RecordingProfile.build(directory: directory.path, identifier: OperationIdentifier(contracts: try Fixtures.contracts()), sink: sink)
        let prefix = directory.path + "/"
        return (profile, sink.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") })
    }

    static func recording(_ requestLines: String, status: String = "200 OK", body: String = #"{"RequestId": "r"}"#) -> String {
        "# apiconform recording v1\n\(requestLines)\n< HTTP/1.1 \(status)\n<\n\(body)"
    }

    @Test func theDirectoryNamesTheOperation() throws {
        let (profile, diagnostics) = try profile(["ice.ListMediaBasicInfos/a.http": Self.recording("> POST https://example.com/")])
        #expect(diagnostics.isEmpty)
        #expect(profile.operations["ice.ListMediaBasicInfos"]?.success.responses == 1)
    }

    @Test func otherwiseTheAlibabaActionOrTheHuaweiPath() throws {
        let (profile, _) = try profile([
            "mixed/a.http": Self.recording("> POST https://vod.cn-shanghai.aliyuncs.com/\n> x-acs-action: BatchGetMediaInfos"),
            "mixed/b.http": Self.recording("> POST https://ice.cn-shanghai.aliyuncs.com/?Action=ListMediaBasicInfos&Version=2020-11-09"),
            "mixed/c.http": Self.recording("> GET https://vod.cn-north-4.myhuaweicloud.com/v1.0/0a1b/asset/info?asset_id=1", status: "400 Bad Request"),
        ])
        #expect(profile.operations["vod.BatchGetMediaInfos"]?.success.responses == 1)
        #expect(profile.operations["ice.ListMediaBasicInfos"]?.success.responses == 1)
        #expect(profile.operations["huawei.ShowAssetMeta"]?.errors.responses == 1)
        #expect(profile.unidentified.isEmpty)
    }

    @Test func aRecordingOfNoKnownOperationIsLeftOutWithAWarning() throws {
        let (profile, diagnostics) = try profile([
            "mixed/a.http": Self.recording("> POST https://vod.cn-shanghai.aliyuncs.com/\n> x-acs-action: DeleteVideo"),
            "vod.BatchGetMediaInfos/b.http": Self.recording("> POST https://vod.cn-shanghai.aliyuncs.com/"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(profile.unidentified.map { ($0 as NSString).lastPathComponent } == ["a.http"])
        #expect(profile.recordings == 1)
    }

    @Test func aMalformedRecordingNamesItsLine() throws {
        let (_, diagnostics) = try profile(["vod.BatchGetMediaInfos/a.http": "# apiconform recording v1\n> POST /\nHTTP/1.1 200 OK\n<\n{}"])
        #expect(diagnostics == ["vod.BatchGetMediaInfos/a.http:3:1: error: [malformed_recording] expected a line starting with '# ', '> ' or '< '; see docs/recordings.md for the format"])
    }

    @Test func aDirectoryWithoutRecordingsIsBadInput() throws {
        let (_, diagnostics) = try profile(["notes.txt": "not a recording"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains("[no_recordings] no *.http recordings below") == true)
    }

    @Test func aBodyThatIsNotJSONIsATypeOfItsOwn() throws {
        let (profile, _) = try profile(["vod.BatchGetMediaInfos/a.http": Self.recording("> POST /", body: "<html>busy</html>")])
        #expect(profile.operations["vod.BatchGetMediaInfos"]?.success.fields["$"]?.types.keys.sorted() == [FieldProfile.notJSON])
    }
}
