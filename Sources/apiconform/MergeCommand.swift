import APIConformCore
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform merge`: the run records of a sharded run (`run --shard K/N`, one per CI job) combined
/// into the reports one unsharded run writes: JUnit with its drift suite, drift.md, drift.html and a
/// merged run record, with the same exit status.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the run records (run.ndjson) of sharded runs into one set of reports.",
        discussion: """
            Every run writes run.ndjson beside its JUnit report. Give merge those files (or the folders \
            holding them); a case found in two records, or suites run against different targets, are \
            refused. Exit status as for run: 0, 1 findings, 3 errors only, 2 bad input.
            """
    )

    @OptionGroup var reports: ReportOptions

    @Argument(help: ArgumentHelp("Run records (run.ndjson), or folders holding one.", valueName: "RECORDS"))
    var records: [String]

    func validate() throws {
        if records.isEmpty { throw ValidationError("name the run records to merge, e.g. shard-1/run.ndjson shard-2/run.ndjson") }
    }

    func run() throws {
        Interruption.quitAtOnce()
        var runs: [(file: String, run: RunResult)] = []
        for given in records {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory)
            let file = exists && isDirectory.boolValue ? (given as NSString).appendingPathComponent("run.ndjson") : given
            // Bounded (`run_record_bytes`): a FIFO, a device or a runaway file here must not block or abort the merge.
            guard let data = try? BoundedFile.read(file, limit: 1 << 30) else {
                throw ValidationError("cannot read the run record \(file); every run writes one beside its JUnit report (reports/run.ndjson)")
            }
            do {
                runs.append((file, try RunRecordReader.read(data, file: file)))
            } catch {
                throw ValidationError(error.description)
            }
        }
        let merged: RunResult
        do {
            merged = try RunMerge.merge(runs)
        } catch {
            throw ValidationError(error.description)
        }
        let status = try RunReports(options: reports).finish(merged)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
