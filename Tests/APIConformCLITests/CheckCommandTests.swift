import Foundation
import Testing

/// `apiconform check` through the real binary: conforming bodies stay quiet, broken ones report exactly the broken paths.
@Suite struct CheckCommandTests {
    static let docExample = BinaryRunner.repositoryRoot.appendingPathComponent("cases/recordings/ice.ListMediaBasicInfos/doc-example.http")

    /// The doc example's body (everything after the recording head).
    static func docBody() throws -> String {
        let text = try String(contentsOf: docExample, encoding: .utf8)
        return String(text[text.range(of: "\n<\n")!.upperBound...])
    }

    func check(_ body: String, request: String? = nil, status: Int = 200, format: String = "json", operation: String = "ice.ListMediaBasicInfos",
               extra: [String] = []) throws -> BinaryRunner.Output {
        var arguments = ["check", "--operation", operation, "--format", format, "--status", String(status)] + extra
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        if let request {
            let path = directory.appendingPathComponent("request.json")
            try Data(request.utf8).write(to: path)
            arguments += ["--request", path.path]
        }
        return try BinaryRunner.run(arguments + ["-"], stdin: Data(body.utf8))
    }

    /// The doc example breaks only a suspicious rule (a short first page): reported, exit 0 by default.
    @Test func theDocExampleBreaksOnlyASuspiciousRule() throws {
        let output = try check(try Self.docBody(), request: #"{"MaxResults": 2}"#)
        let findings = try Self.findings(output.stdout)
        #expect(findings.map { "\($0["rule"]!) \($0["severity"]!) \($0["path"]!)" } == ["paging suspicious $.MediaInfos"], "\(output.stdout)")
        #expect(output.status == 0)
        let strict = try check(try Self.docBody(), request: #"{"MaxResults": 2}"#, extra: ["--fail-on", "violation,drift,suspicious"])
        #expect(strict.status == 1)
    }

    @Test func textFormatSaysItConforms() throws {
        let body = #"{"RequestId": "r", "TotalCount": 0, "MediaInfos": [], "MaxResults": 2}"#
        let output = try check(body, request: #"{"MaxResults": 2}"#, format: "text")
        #expect(output.stdout == "ice.ListMediaBasicInfos: conforms (0 findings)\n")
        #expect(output.status == 0)
    }

    @Test(arguments: [
        ("\"CreateTime\": \"2021-01-08T16:52:04Z\",\n        \"ModifiedTime\"", "\"CreateTime\": \"2021-01-08T16:52:04+08:00\",\n        \"ModifiedTime\"", "time_format", "$.MediaInfos[0].MediaBasicInfo.CreateTime", ""),
        ("\"FileSize\": \"14340962\"", "\"FileSize\": 14340962", "type", "$.MediaInfos[0].FileInfoList[0].FileBasicInfo.FileSize", ""),
        ("\"Status\": \"Normal\"", "\"Status\": \"Deleted\"", "enum", "$.MediaInfos[0].MediaBasicInfo.Status", ""),
        ("\"Duration\": \"60.00000\"", "\"Duration\": \"60 s\"", "numeric_string", "$.MediaInfos[0].FileInfoList[0].FileBasicInfo.Duration", ""),
        ("\"Snapshots\": \"[{", "\"Snapshots\": \"[[{", "json_string", "$.MediaInfos[0].MediaBasicInfo.Snapshots", ""),
        ("\"ReferenceId\": \"123-123\"", "\"ReferenceId\": \"123 123\"", "pattern", "$.MediaInfos[0].MediaBasicInfo.ReferenceId", ""),
        ("\"ReferenceId\": \"123-123\"", "\"ReferenceId\": \"12-3\"", "length", "$.MediaInfos[0].MediaBasicInfo.ReferenceId", ""),
        ("\"MaxResults\": 2\n}", "\"MaxResults\": 200\n}", "range", "$.MaxResults", "paging $.MaxResults"),
        ("\"MaxResults\": 2\n}", "\"MaxResults\": 3\n}", "paging", "$.MaxResults", ""),
        ("\"TotalCount\": 4,", "\"TotalCount\": 1,", "paging", "$.NextToken", ""),
        ("\"RequestId\": \"******B7-7F87-4792-BFE9-63CD21******\",", "", "presence", "$.RequestId", ""),
        ("\"Biz\": \"ICE\",", "\"Biz\": \"ICE\", \"Region\": \"cn-shanghai\",", "undocumented_field", "$.MediaInfos[0].MediaBasicInfo.Region", ""),
        ("\"Biz\": \"ICE\",", "\"Biz\": \"ICE\", \"Biz\": \"VOD\",", "duplicate_key", "$.MediaInfos[0].MediaBasicInfo.Biz", ""),
        ("\"TotalCount\": 4,", "\"TotalCount\": 0,", "paging", "$.TotalCount", "paging $.NextToken"),
        ("\"ModifiedTime\": \"2021-01-08T16:52:07Z\",\n        \"DeletedTime\"", "\"ModifiedTime\": \"2021-01-08T16:52:03Z\",\n        \"DeletedTime\"", "relation", "$.MediaInfos[0].MediaBasicInfo.ModifiedTime", ""),
    ])
    func reportsExactlyTheBrokenPath(_ original: String, _ replacement: String, _ rule: String, _ path: String, _ also: String) throws {
        let body = try Self.docBody()
        #expect(body.contains(original), "the doc example no longer contains \(original)")
        let output = try check(body.replacingOccurrences(of: original, with: replacement), request: #"{"MaxResults": 2}"#)
        #expect(output.status == (rule == "undocumented_field" ? 0 : 1), "a new field is additive drift: it warns by default")
        // The doc example's own suspicious short page is beside the point here.
        let findings = try Self.findings(output.stdout).filter { $0["severity"] != "suspicious" }
        #expect(findings.map { "\($0["rule"]!) \($0["path"]!)" } == ["\(rule) \(path)"] + (also.isEmpty ? [] : [also]), "\(output.stdout)")
    }

    /// `check` judges drift by the policy `run` would use: the targets file's, or a named target's.
    @Test func theDriftPolicyComesFromTheTargetAsInRun() throws {
        let body = try Self.docBody().replacingOccurrences(of: "\"Biz\": \"ICE\",", with: "\"Biz\": \"ICE\", \"Region\": \"cn-shanghai\",")
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let targets = directory.appendingPathComponent("targets.yaml")
        try Data("""
            drift: {additive: fail}
            targets:
              lenient:
                endpoints: {"*": "http://127.0.0.1:9"}
                drift: {additive: warn}

            """.utf8).write(to: targets)
        #expect(try check(body, request: #"{"MaxResults": 2}"#).status == 0, "a new field warns under the default policy")
        #expect(try check(body, request: #"{"MaxResults": 2}"#, extra: ["--targets", targets.path]).status == 1, "the file's policy fails it")
        #expect(try check(body, request: #"{"MaxResults": 2}"#, extra: ["--targets", targets.path, "--target", "lenient"]).status == 0,
                "the named target's policy warns")
        let unknown = try check(body, request: #"{"MaxResults": 2}"#, extra: ["--targets", targets.path, "--target", "nosuch"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no target 'nosuch'"), "\(unknown.stderr)")
    }

    @Test func driftFindingsSayTheirKindAndImpact() throws {
        let body = try Self.docBody().replacingOccurrences(of: "\"FileSize\": \"14340962\"", with: "\"FileSize\": 14340962")
        let findings = try Self.findings(try check(body, request: #"{"MaxResults": 2}"#).stdout)
        let typed = findings.first { $0["rule"] == "type" }
        #expect(typed?["drift"] == "type_change" && typed?["impact"] == "breaking", "\(findings)")
        #expect(findings.first { $0["rule"] == "paging" }?["drift"] == nil, "an invariant is not drift")
    }

    @Test func requestFindingsAreReportedWhateverTheResponse() throws {
        let output = try check("{}", request: #"{"MaxResults": 101, "SortBy": "descending", "StartTime": "2020-12-20 12:00:00"}"#)
        let findings = try Self.findings(output.stdout)
        let requestFindings = findings.filter { $0["in"] == "request" }.map { "\($0["rule"]!) \($0["path"]!)" }
        #expect(requestFindings == ["range $.MaxResults", "enum $.SortBy", "time_format $.StartTime"], "in the order the request lists them")
        #expect(output.status == 1)
    }

    @Test func requestBoundCapUsesTheRequestedPageSize() throws {
        let body = try Self.docBody().replacingOccurrences(of: "\"MaxResults\": 2\n}", with: "\"MaxResults\": 1\n}")
        let quiet = try check(body, request: #"{"MaxResults": 1}"#)
        #expect(try Self.findings(quiet.stdout).filter { $0["severity"] != "suspicious" }.isEmpty, "\(quiet.stdout)")
        let twoItems = try Self.docBody().replacingOccurrences(of: "\"MediaInfos\": [\n    {", with: "\"MediaInfos\": [\n    {\"MediaId\": \"x\"}, {")
        let loud = try check(twoItems.replacingOccurrences(of: "\"MaxResults\": 2\n}", with: "\"MaxResults\": 1\n}"), request: #"{"MaxResults": 1}"#)
        let findings = try Self.findings(loud.stdout)
        #expect(findings.contains { $0["rule"] == "list_cap" && $0["path"] == "$.MediaInfos" }, "\(loud.stdout)")
    }

    @Test func malformedBodyIsAFindingWithPosition() throws {
        let output = try check("{\"RequestId\": \"r\",\n \"MediaInfos\": [")
        let findings = try Self.findings(output.stdout)
        #expect(findings.count == 1)
        #expect(findings.first?["rule"] == "json_syntax")
        #expect(findings.first?["message"]?.contains("at line 2, column 17") == true, "\(output.stdout)")
        #expect(output.status == 1)
    }

    @Test func errorResponsesAreCheckedForTheirShape() throws {
        let good = try check(#"{"RequestId": "r", "HostId": "ice.cn-shanghai.aliyuncs.com", "Code": "InvalidParameter", "Message": "bad"}"#, status: 400)
        #expect(good.stdout == "{\"findings\":[]}\n")
        let bad = try check(#"{"error_code": "VOD.10053", "error_msg": "bad"}"#, status: 400)
        #expect(try Self.findings(bad.stdout).map { $0["path"]! } == ["$.Code", "$.Message", "$.RequestId"])
    }

    @Test(arguments: [
        (["check", "--operation", "ice.ListMediaBasicInfo", "-"], "unknown operation 'ice.ListMediaBasicInfo' (contracts read from ./cases/contracts); did you mean 'ice.ListMediaBasicInfos'?"),
        (["check", "--operation", "ice.ListMediaBasicInfos", "/nonexistent/body.json"], "cannot read the body file /nonexistent/body.json"),
        (["check", "--operation", "ice.ListMediaBasicInfos", "--format", "xml", "-"], "The value 'xml' is invalid for '--format <format>'"),
        (["check", "-"], "Missing expected argument '--operation <OP>'"),
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
    ])
    func badInputExitsTwoWithAClearMessage(_ arguments: [String], _ message: String) throws {
        let output = try BinaryRunner.run(arguments, stdin: Data("{}".utf8))
        #expect(output.status == 2)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        // Usage errors of a subcommand show that subcommand's usage, not the top level's.
        if arguments.first == "check" && output.stderr.contains("Usage:") {
            #expect(output.stderr.contains("Usage: apiconform check"), "\(output.stderr)")
        }
    }

    @Test func malformedRequestFileNamesItsPosition() throws {
        let output = try check("{}", request: "{\"MaxResults\": 2,\n}")
        #expect(output.status == 2)
        #expect(output.stderr.contains(":2:1: the request is not JSON: expected a member name in double quotes, found '}'"), "\(output.stderr)")
    }

    /// Issue #12: a Huawei body whose `total` turned into a string passed `check` (the field's
    /// `severity: suspicious` softened its type rule) although `diff` grades it breaking.
    @Test func aStringTotalFailsCheckAsDiffGradesIt() throws {
        let output = try check(#"{"asset_info_array":[],"is_truncated":0,"total":"0"}"#, request: "{}", operation: "huawei.ShowAssetMeta")
        #expect(output.status == 1, "\(output.stdout)")
        let typed = try Self.findings(output.stdout).first { $0["rule"] == "type" }
        #expect(typed?["path"] == "$.total" && typed?["severity"] == "violation" && typed?["verdict"] == "fails", "\(output.stdout)")
    }

    /// Each finding says what it comes to, as `run` judges it: fails, warns or accepted.
    @Test func everyFindingCarriesItsVerdict() throws {
        let body = try Self.docBody()
            .replacingOccurrences(of: "\"FileSize\": \"14340962\"", with: "\"FileSize\": 14340962")
            .replacingOccurrences(of: "\"Biz\": \"ICE\",", with: "\"Biz\": \"ICE\", \"Region\": \"cn-shanghai\",")
        let text = try check(body, request: #"{"MaxResults": 2}"#, format: "text")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        func verdict(after prefix: String) -> String? {
            lines.firstIndex { $0.hasPrefix(prefix) }.map { lines[$0 + 1] }
        }
        #expect(verdict(after: "[type] $.MediaInfos[0].FileInfoList[0].FileBasicInfo.FileSize:") == "  verdict:   fails", "\(text.stdout)")
        #expect(verdict(after: "[undocumented_field] $.MediaInfos[0].MediaBasicInfo.Region:") == "  verdict:   warns", "\(text.stdout)")
        #expect(text.stdout.contains("ice.ListMediaBasicInfos: 3 findings (1 fails, 2 warns)\n"), "\(text.stdout)")
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let accepted = directory.appendingPathComponent("accepted.yaml")
        try Data("""
            accepted:
              - operation: ice.ListMediaBasicInfos
                path: $.MediaInfos[*].FileInfoList[*].FileBasicInfo.FileSize
                kind: type_change
                reason: our client parses both
            """.utf8).write(to: accepted)
        let json = try check(body, request: #"{"MaxResults": 2}"#, extra: ["--accepted-drift", accepted.path])
        let verdicts = try Self.findings(json.stdout).map { "\($0["rule"]!) \($0["verdict"]!)" }
        #expect(verdicts == ["undocumented_field warns", "type accepted", "paging warns"], "\(json.stdout)")
        #expect(json.status == 0)
    }

    /// Issue #12: without --request, an ascending body got a sort_order violation from the default
    /// `desc`. Request-bound rules now do not run, and the output names them.
    @Test func withoutTheRequestRequestBoundRulesAreSkippedAndNamed() throws {
        let body = try Self.docBody()
        // The doc example's one item, preceded by an older copy of itself: ascending by CreateTime.
        var object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [String: Any]
        let item = (object["MediaInfos"] as! [[String: Any]])[0]
        var older = item, basic = item["MediaBasicInfo"] as! [String: Any]
        basic["MediaId"] = "****0000older0000****"
        basic["CreateTime"] = "2020-01-01T00:00:00Z"
        basic["ModifiedTime"] = "2020-01-01T00:00:00Z"
        older["MediaId"] = "****0000older0000****"
        older["MediaBasicInfo"] = basic
        object["MediaInfos"] = [older, item]
        let ascending = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let withRequest = try check(ascending, request: #"{"MaxResults": 2}"#)
        #expect(try Self.findings(withRequest.stdout).contains { $0["rule"] == "sort_order" }, "\(withRequest.stdout)")
        let without = try check(ascending, format: "text")
        #expect(!without.stdout.contains("[sort_order]") && !without.stdout.contains("[paging]"), "\(without.stdout)")
        #expect(without.stdout.contains("skipped without --request"), "\(without.stdout)")
        #expect(without.stdout.contains("  sort_order (reads SortBy) at "), "\(without.stdout)")
        #expect(without.stdout.contains("  list_cap $.MediaInfos (reads MaxResults) at "), "\(without.stdout)")
        #expect(without.status == 0)
        let json = try check(ascending)
        let object2 = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object2?["skipped"] as? [[String: String]])?.contains { $0["rule"] == "sort_order" && $0["reads"] == "SortBy" } == true, "\(json.stdout)")
    }

    static func findings(_ json: String) throws -> [[String: String]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["findings"] as? [[String: String]]) ?? []
    }
}
