import APIConformReports
import APIConformTestSupport
import Foundation
import Testing

/// The JUnit report written by the real binary: schema-valid whatever bytes a server sent, pinned by a golden.
@Suite struct ReportTests {
    static let xsd = PackageFiles.junitSchema

    func validate(_ path: URL) throws {
        #expect(FileManager.default.fileExists(atPath: Self.xsd), "the JUnit schema is expected at \(Self.xsd)")
        let bytes = try [UInt8](Data(contentsOf: path))
        let issues = SchemaValidator.validate(xml: bytes, schemaPath: Self.xsd)
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func failingRunReportIsValidAndPinned() throws {
        let folder = ScenarioTests.scenarios.appendingPathComponent("failing-run")
        let reports = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: reports) }
        let junit = reports.appendingPathComponent("junit.xml")
        _ = try BinaryRunner.run(["run", "--contracts", "../../../../cases/contracts", "--junit", junit.path, "suites"], in: folder)
        try validate(junit)
        let text = try String(contentsOf: junit, encoding: .utf8)
        GoldenFile.verify(Array(text.utf8), golden: folder.appendingPathComponent("expected-junit.xml"))
    }

    /// Control characters, invalid UTF-8 and `]]>` in a body end up in findings and the report stays valid.
    @Test func hostileBytesKeepTheReportValid() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordings = folder.appendingPathComponent("recordings/ice.ListMediaBasicInfos")
        try FileManager.default.createDirectory(at: recordings, withIntermediateDirectories: true)
        try Data("""
            operation: ice.ListMediaBasicInfos
            recordings: recordings/ice.ListMediaBasicInfos
            cases:
              - {name: raw-bytes, request: {MaxResults: 1}}
              - {name: escaped-controls, request: {MaxResults: 2}}

            """.utf8).write(to: folder.appendingPathComponent("hostile.yaml"))
        let head = "# apiconform recording v1\n> POST https://ice.cn-shanghai.aliyuncs.com/?MaxResults=%@\n< HTTP/1.1 200 OK\n<\n"
        var raw = Array(String(format: head, "1").utf8)
        raw += Array(#"{"RequestId": "r", "MediaInfos": [{"MediaId": "a"#.utf8) + [0x1B, 0x00, 0xFF, 0xFE, 0xC3, 0x28] + Array("]]> <&\"".utf8)
        try Data(raw).write(to: recordings.appendingPathComponent("raw-bytes.http"))
        var escaped = Array(String(format: head, "2").utf8)
        escaped += Array(#"{"RequestId": "r", "TotalCount": 1, "MaxResults": 2, "MediaInfos": [{"MediaId": "m", "MediaBasicInfo": {"MediaId": "m", "Status": "\u001b[31m]]>\u0000\ufffex", "CreateTime": "bad\u0007"}}]}"#.utf8)
        try Data(escaped).write(to: recordings.appendingPathComponent("escaped-controls.http"))
        let junit = folder.appendingPathComponent("junit.xml")
        let output = try BinaryRunner.run(["run", "--contracts", BinaryRunner.repositoryRoot.appendingPathComponent("cases/contracts").path,
                                           "--junit", junit.path, "hostile.yaml"], in: folder)
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        try validate(junit)
        let report = try String(contentsOf: junit, encoding: .utf8)
        #expect(report.contains("json_syntax"), "the raw body is not JSON: a json_syntax finding")
        #expect(report.contains("enum"), "the escaped body parses; its Status breaks the enum")
        #expect(!output.stdout.contains("\u{1B}"), "no raw ESC reaches the console")
    }

    @Test func suspiciousFindingsWarnUnlessTheyAreMadeToFail() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordings = folder.appendingPathComponent("recordings")
        try FileManager.default.createDirectory(at: recordings, withIntermediateDirectories: true)
        try Data("""
            operation: huawei.ShowAssetMeta
            recordings: recordings
            cases:
              - {name: total-above-ceiling, request: {asset_id: [652c1e4085afeb22fdc256c6757d751b]}}

            """.utf8).write(to: folder.appendingPathComponent("s.yaml"))
        // A total above the documented 20,000 ceiling: suspicious (category_id -1 was, until the doc's own example made it conform).
        let body = #"{"asset_info_array": [{"asset_id": "652c1e4085afeb22fdc256c6757d751b", "status": "PUBLISHED"}], "is_truncated": 0, "total": 20001}"#
        try Data(("# apiconform recording v1\n> GET https://vod.cn-north-4.myhuaweicloud.com/v1.0/p/asset/info?asset_id=652c1e4085afeb22fdc256c6757d751b\n< HTTP/1.1 200 OK\n<\n" + body).utf8)
            .write(to: recordings.appendingPathComponent("total-above-ceiling.http"))
        let contracts = BinaryRunner.repositoryRoot.appendingPathComponent("cases/contracts").path
        let junit = folder.appendingPathComponent("j.xml").path
        let lenient = try BinaryRunner.run(["run", "--contracts", contracts, "--junit", junit, "s.yaml"], in: folder)
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("warning (suspicious): [range] $.total"), "\(lenient.stdout)")
        let strict = try BinaryRunner.run(["run", "--contracts", contracts, "--junit", junit, "--fail-on", "violation,drift,suspicious", "s.yaml"], in: folder)
        #expect(strict.status == 1, "\(strict.stdout)")
        let wrong = try BinaryRunner.run(["run", "--contracts", contracts, "--fail-on", "violations", "s.yaml"], in: folder)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("unknown severity 'violations' in --fail-on"))
    }
}
