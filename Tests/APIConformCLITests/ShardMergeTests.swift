import APIConformCore
import APIConformReports
import APIConformTestSupport
import Foundation
import Testing

/// A suite split over CI jobs and merged gives what one job gives: same cases, same verdicts, a valid report.
@Suite struct ShardMergeTests {
    /// suite → case → outcome kind, from a run record.
    static func verdicts(_ record: URL) throws -> [String: String] {
        let run = try RunRecordReader.read([UInt8](Data(contentsOf: record)), file: record.path)
        var verdicts: [String: String] = [:]
        for suite in run.suites {
            for result in suite.cases {
                let outcome: String
                switch result.outcome {
                case .passed: outcome = "passed"
                case .failed(let findings): outcome = "failed \(findings.map(\.rule))"
                case .error(let kind, _, _): outcome = "error \(kind)"
                case .skipped(let reason): outcome = "skipped \(reason)"
                }
                #expect(verdicts.updateValue(outcome, forKey: "\(suite.name)#\(result.name)") == nil)
            }
        }
        return verdicts
    }

    @Test func threeShardsMergedAreTheUnshardedRun() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try BinaryRunner.run(["run", "--junit", folder.appendingPathComponent("whole/junit.xml").path])
        #expect(whole.status == 0, "\(whole.stderr)")
        var counts: [Int] = []
        for index in 1...3 {
            let shard = try BinaryRunner.run(["run", "--shard", "\(index)/3", "--junit", folder.appendingPathComponent("shard-\(index)/junit.xml").path])
            #expect(shard.status == 0, "\(shard.stderr)")
            counts.append(try Self.verdicts(folder.appendingPathComponent("shard-\(index)/run.ndjson")).count)
        }
        #expect(counts.allSatisfy { $0 > 10 }, "every shard has work: \(counts)")
        let merged = try BinaryRunner.run(["merge", "--junit", folder.appendingPathComponent("merged/junit.xml").path]
                                          + (1...3).map { folder.appendingPathComponent("shard-\($0)").path })
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        let wholeVerdicts = try Self.verdicts(folder.appendingPathComponent("whole/run.ndjson"))
        #expect(try Self.verdicts(folder.appendingPathComponent("merged/run.ndjson")) == wholeVerdicts)
        #expect(counts.reduce(0, +) == wholeVerdicts.count)
        let report = try [UInt8](Data(contentsOf: folder.appendingPathComponent("merged/junit.xml")))
        #expect(SchemaValidator.validate(xml: report, schemaPath: PackageFiles.junitSchema) == [])
        // The merged report is the unsharded one, suite by suite and case by case (times are fixed).
        #expect(report == (try [UInt8](Data(contentsOf: folder.appendingPathComponent("whole/junit.xml")))))
    }

    @Test func mergeRefusesWhatWouldMisreport() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let junit = folder.appendingPathComponent("a/junit.xml").path
        #expect(try BinaryRunner.run(["run", "--shard", "1/2", "--junit", junit]).status == 0)
        let record = folder.appendingPathComponent("a/run.ndjson").path
        let twice = try BinaryRunner.run(["merge", "--junit", folder.appendingPathComponent("m/junit.xml").path, record, record])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("is also in \(record); each case belongs to one shard (were the same shards given twice?)"), "\(twice.stderr)")
        let xml = try BinaryRunner.run(["merge", "--junit", folder.appendingPathComponent("m/junit.xml").path, junit])
        #expect(xml.status == 2)
        #expect(xml.stderr.contains("\(junit):1: this is XML, not a run record; merge reads the reports/run.ndjson that every run writes beside its JUnit report"), "\(xml.stderr)")
        // A record cut short (a killed job) is refused, not merged as if complete.
        let lines = try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n")
        let cut = folder.appendingPathComponent("cut.ndjson")
        try Data(lines.dropLast().joined(separator: "\n").utf8).write(to: cut)
        let truncated = try BinaryRunner.run(["merge", "--junit", folder.appendingPathComponent("m/junit.xml").path, cut.path])
        #expect(truncated.status == 2)
        #expect(truncated.stderr.contains("no 'summary' record at the end: the run did not finish writing this file"), "\(truncated.stderr)")
    }

    @Test func selectionTyposAreBadInput() throws {
        let filter = try BinaryRunner.run(["run", "--filter", "doc-exampel"])
        #expect(filter.status == 2)
        #expect(filter.stderr.contains("--filter 'doc-exampel' matches no case"), "\(filter.stderr)")
        let tag = try BinaryRunner.run(["run", "--tag", "dco"])
        #expect(tag.status == 2)
        #expect(tag.stderr.contains("no case has the tag 'dco'; did you mean 'doc'?"), "\(tag.stderr)")
        let shard = try BinaryRunner.run(["run", "--shard", "4/3"])
        #expect(shard.status == 2)
        #expect(shard.stderr.contains("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/3; got '4/3'"), "\(shard.stderr)")
        let concurrency = try BinaryRunner.run(["run", "--concurrency", "0"])
        #expect(concurrency.status == 2)
        #expect(concurrency.stderr.contains("--concurrency must be at least 1, got 0"), "\(concurrency.stderr)")
    }
}
