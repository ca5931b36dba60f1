import Foundation
import Testing

/// `check` with several BODY files or `--ndjson`: one process, one report per input under its name,
/// the exit status over all of them, and a bad input reported by name without stopping the others.
@Suite struct CheckManyInputsTests {
    static let good = #"{"RequestId":"r","MediaInfos":[],"TotalCount":0,"MaxResults":10}"#
    /// A required RequestId missing: a violation, so this input fails.
    static let bad = #"{"MediaInfos":[],"TotalCount":0,"MaxResults":10}"#

    static func run(_ arguments: [String], stdin: String? = nil) throws -> BinaryRunner.Output {
        try BinaryRunner.run(["check", "--operation", "ice.ListMediaBasicInfos"] + arguments, stdin: stdin.map { Data($0.utf8) })
    }

    /// Each line of JSON output as an object.
    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    static func rules(_ object: [String: Any]) -> [String] {
        (object["findings"] as? [[String: Any]] ?? []).map { "\($0["rule"]!) \($0["path"]!)" }
    }

    @Test func severalFilesAreReportedEachUnderItsName() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.json"), b = folder.appendingPathComponent("b.json")
        try Data(Self.good.utf8).write(to: a)
        try Data(Self.bad.utf8).write(to: b)
        let text = try Self.run([a.path, b.path, a.path])
        #expect(text.status == 1)
        let headers = text.stdout.split(separator: "\n").filter { $0.hasSuffix(".json:") }
        #expect(headers == ["\(a.path):", "\(b.path):", "\(a.path):"], "\(text.stdout)")
        #expect(text.stdout.hasPrefix("\(a.path):\nice.ListMediaBasicInfos: conforms (0 findings)\n"), "\(text.stdout)")
        #expect(text.stdout.hasSuffix("3 inputs: 2 pass, 1 fails\n"), "\(text.stdout)")
        let json = try Self.run(["--format", "json", a.path, b.path])
        let objects = try Self.objects(json.stdout)
        #expect(objects.map { $0["input"] as? String } == [a.path, b.path])
        #expect(objects.map(Self.rules) == [[], ["presence $.RequestId"]])
        #expect(json.status == 1)
        let allGood = try Self.run([a.path, a.path])
        #expect(allGood.status == 0, "\(allGood.stdout)")
    }

    @Test func oneFileKeepsItsOutputUnnamed() throws {
        let output = try Self.run(["--format", "json", "-"], stdin: Self.good)
        #expect(output.stdout.hasPrefix("{\"findings\":[]"), "\(output.stdout)")
        #expect(output.status == 0)
    }

    /// A bare body per line, or an envelope carrying the request and status; blank lines are skipped.
    @Test func ndjsonTakesBareBodiesAndEnvelopes() throws {
        let lines = [
            Self.good,
            "",
            #"{"request":{"MaxResults":2},"status":200,"body":\#(Self.good)}"#,
            #"{"status":400,"body":{"RequestId":"r","HostId":"h","Code":"InvalidParameter","Message":"bad"}}"#,
            Self.bad,
        ]
        let output = try Self.run(["--ndjson", "--format", "json"], stdin: lines.joined(separator: "\n") + "\n")
        let objects = try Self.objects(output.stdout)
        #expect(objects.map { $0["input"] as? String } == ["line 1", "line 3", "line 4", "line 5"])
        // The envelope's request (MaxResults 2) is checked against the body's MaxResults 10.
        #expect(Self.rules(objects[1]).contains("paging $.MaxResults"), "\(objects[1])")
        #expect(objects[0]["skipped"] != nil && objects[1]["skipped"] == nil, "request-bound rules run only where the request is known")
        #expect(Self.rules(objects[2]) == [], "a 400 with Alibaba's error shape conforms: \(objects[2])")
        #expect(Self.rules(objects[3]) == ["presence $.RequestId"])
        #expect(output.status == 1)
    }

    @Test func ndjsonFromAFileNamesItsLines() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bodies.ndjson")
        try Data("\(Self.good)\r\n\(Self.good)".utf8).write(to: file)
        let output = try Self.run(["--ndjson", file.path])
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix(file.path) } == ["\(file.path):1:", "\(file.path):2:"], "\(output.stdout)")
        #expect(lines.filter { $0.hasSuffix("conforms (0 findings)") }.count == 2, "a \\r before the newline is no part of the body: \(output.stdout)")
        #expect(lines.last == "2 inputs: 2 pass", "\(output.stdout)")
        #expect(output.status == 0)
    }

    /// A line that is not JSON is a body that is not JSON: a finding on that line. An envelope whose
    /// status or request is malformed cannot be checked: an error naming the line, exit 2, and the
    /// lines after it are still checked.
    @Test func malformedLinesAreReportedByLineWithoutStoppingTheOthers() throws {
        let lines = [
            #"{"RequestId": "r", "#,
            #"{"status":"200","body":{}}"#,
            #"{"request":[1],"body":{}}"#,
            Self.good,
        ]
        let output = try Self.run(["--ndjson", "--format", "json"], stdin: lines.joined(separator: "\n"))
        let objects = try Self.objects(output.stdout)
        #expect(objects.map { $0["input"] as? String } == ["line 1", "line 2", "line 3", "line 4"])
        #expect(!Self.rules(objects[0]).isEmpty && objects[0]["error"] == nil, "\(objects[0])")
        #expect((objects[1]["error"] as? String)?.hasPrefix("line 2: \"status\" must be an HTTP status") == true, "\(objects[1])")
        #expect((objects[2]["error"] as? String)?.hasPrefix("line 3: \"request\" must be a JSON object") == true, "\(objects[2])")
        #expect(Self.rules(objects[3]) == [])
        #expect(output.stderr.contains("error: line 2: \"status\" must be an HTTP status from 100 to 599, found \"200\""), "\(output.stderr)")
        #expect(output.status == 2)
        let text = try Self.run(["--ndjson"], stdin: lines.joined(separator: "\n"))
        #expect(text.stdout.hasSuffix("4 inputs: 1 passes, 1 fails, 2 could not be checked\n"), "\(text.stdout)")
        #expect(text.status == 2)
    }

    /// An unreadable BODY among several is an error naming it; the others are checked.
    @Test func anUnreadableFileDoesNotStopTheOthers() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.json")
        try Data(Self.bad.utf8).write(to: a)
        let output = try Self.run(["--format", "json", "/nonexistent/body.json", a.path])
        let objects = try Self.objects(output.stdout)
        #expect(objects.map { $0["input"] as? String } == ["/nonexistent/body.json", a.path])
        #expect(Self.rules(objects[1]) == ["presence $.RequestId"])
        #expect(output.stderr.contains("cannot read the body file /nonexistent/body.json"), "\(output.stderr)")
        #expect(output.status == 2, "bad input outranks a failing finding")
    }

    /// Envelopes may name their operation, so one stream (one process) checks traffic of several
    /// operations, each against its own contract, loaded once; `--operation` is then the default.
    @Test func ndjsonEnvelopesNameTheirOperation() throws {
        let huawei = #"{"asset_info_array":[],"is_truncated":0,"total":0}"#
        let lines = [
            #"{"operation":"ice.ListMediaBasicInfos","body":\#(Self.good)}"#,
            #"{"operation":"huawei.ShowAssetMeta","body":\#(huawei)}"#,
            #"{"operation":"ice.ListMediaBasicInfos","body":\#(Self.bad)}"#,
            #"{"operation":"ice.ListMediaBasicInfo","body":{}}"#,
            #"{"operation":7,"body":{}}"#,
            #"{"body":\#(Self.good)}"#,
        ]
        let stream = lines.joined(separator: "\n")
        let output = try BinaryRunner.run(["check", "--ndjson", "--format", "json"], stdin: Data(stream.utf8))
        let objects = try Self.objects(output.stdout)
        #expect(objects.map { $0["input"] as? String } == (1...6).map { "line \($0)" })
        #expect(Self.rules(objects[0]) == [] && Self.rules(objects[1]) == [], "\(output.stdout)")
        #expect(Self.rules(objects[2]) == ["presence $.RequestId"])
        #expect((objects[3]["error"] as? String)?.contains("unknown operation 'ice.ListMediaBasicInfo'") == true, "\(objects[3])")
        #expect((objects[3]["error"] as? String)?.contains("did you mean 'ice.ListMediaBasicInfos'") == true, "\(objects[3])")
        #expect((objects[4]["error"] as? String)?.hasPrefix("line 5: \"operation\" must be an operation name") == true, "\(objects[4])")
        #expect(objects[5]["error"] as? String == "line 6: no operation: give --operation, or \"operation\" in the envelope", "\(objects[5])")
        #expect(output.status == 2)
        // With --operation, lines that name none take it; a line that names another keeps its own.
        let defaulted = try BinaryRunner.run(["check", "--ndjson", "--format", "json", "--operation", "huawei.ShowAssetMeta"],
                                             stdin: Data([lines[0], #"{"body":\#(huawei)}"#].joined(separator: "\n").utf8))
        #expect(try Self.objects(defaulted.stdout).map(Self.rules) == [[], []], "\(defaulted.stdout)")
        #expect(defaulted.status == 0, "\(defaulted.stderr)")
        let text = try BinaryRunner.run(["check", "--ndjson"], stdin: Data(lines[0...1].joined(separator: "\n").utf8))
        #expect(text.stdout.contains("ice.ListMediaBasicInfos: conforms") && text.stdout.contains("huawei.ShowAssetMeta: conforms"), "\(text.stdout)")
        let files = try BinaryRunner.run(["check", "-"], stdin: Data(Self.good.utf8))
        #expect(files.status == 2 && files.stderr.contains("Missing expected argument '--operation <OP>'"), "\(files.stderr)")
    }

    /// Batches are checked on every core; the reports still come in input order, one per line.
    @Test func manyLinesAreReportedInInputOrder() throws {
        let lines = (0..<300).map { $0 % 7 == 3 ? Self.bad : Self.good }
        let output = try Self.run(["--ndjson", "--format", "json"], stdin: lines.joined(separator: "\n"))
        let objects = try Self.objects(output.stdout)
        #expect(objects.map { $0["input"] as? String } == (1...300).map { "line \($0)" })
        #expect(objects.enumerated().allSatisfy { index, object in Self.rules(object).isEmpty == (index % 7 != 3) })
        #expect(output.status == 1)
    }

    /// A live stream is answered line by line: what is held is reported before waiting for more input.
    @Test func aLiveStreamIsAnsweredBeforeItEnds() throws {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["check", "--operation", "ice.ListMediaBasicInfos", "--ndjson", "--format", "json"]
        process.currentDirectoryURL = BinaryRunner.repositoryRoot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data((Self.good + "\n").utf8))
        // The first report arrives while standard input is still open.
        let first = BinaryRunner.Drained()
        let reader = Thread {
            var data = Data()
            while !data.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                data.append(chunk)
            }
            first.data = data
            first.done.signal()
        }
        reader.start()
        #expect(first.done.wait(timeout: .now() + 30) == .success, "no report while the stream stayed open")
        #expect(String(decoding: first.data, as: UTF8.self).hasPrefix(#"{"input":"line 1","findings":[]"#))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func inputsAreRequiredAndStandardInputIsReadOnce() throws {
        let none = try Self.run([])
        #expect(none.status == 2 && none.stderr.contains("Missing expected argument '<BODY>'"), "\(none.stderr)")
        let twice = try Self.run(["-", "-"], stdin: Self.good)
        #expect(twice.status == 2 && twice.stderr.contains("standard input (-) can be given once"), "\(twice.stderr)")
    }
}
