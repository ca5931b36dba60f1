import APIConformCore
import APIConformReports
import Foundation

/// Everything a finished run (or a merge of runs) reports: the console (or NDJSON), the JUnit report
/// with its drift suite, drift.md and drift.html, the run record, and under `--format github`
/// annotations and the job summary. The drift summary is computed once here and rendered beside the
/// case suites; the exit status follows from the totals.
struct RunReports {
    var options: ReportOptions
    var quiet = false

    /// Writes every report and returns the exit status: 0 all hold, 1 failures, 3 only errors.
    func finish(_ result: RunResult) throws -> Int32 {
        let summary = DriftSummary(result)
        let format = options.resolvedFormat()
        switch format {
        case .json: print(RunRecord.render(result), terminator: "")
        case .text, .github: Console.out(ConsoleReport(quiet: quiet).render(result, drift: summary), terminator: "")
        }
        let markdown = options.driftDirectory + "/drift.md", html = options.driftDirectory + "/drift.html"
        do {
            try JUnitWriter(dialect: options.junitDialect).write(result, drift: summary, to: options.junit)
            try AtomicFile.write(Array(DriftMarkdown().render(summary, run: result).utf8), to: markdown)
            try AtomicFile.write(Array(DriftHTML().render(summary, run: result).utf8), to: html)
            try AtomicFile.write(Array(RunRecord.render(result).utf8), to: options.runRecord)
        } catch {
            Console.error("error: cannot write the reports: \(error)")
            return ExitStatus.badInput
        }
        if format == .github { github(result, drift: summary) }
        // Machine output on stdout stays parseable: the report paths go to stderr then.
        func say(_ line: String) { if format == .json { Console.error(line) } else { Console.out(line) } }
        say("JUnit report: \(options.junit)")
        say("Drift reports: \(markdown), \(html)")
        say("Run record: \(options.runRecord)")
        return ExitStatus.of(RunTotals(result))
    }

    /// Annotations on stdout (the runner reads them from the log); the summary appended to the file
    /// GitHub names in GITHUB_STEP_SUMMARY, when it names one.
    func github(_ result: RunResult, drift: DriftSummary) {
        let report = GitHubReport()
        print(report.annotations(result), terminator: "")
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        guard let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) else {
            Console.error("warning: cannot write the job summary to \(path) (GITHUB_STEP_SUMMARY)")
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data(report.summary(result, drift: drift).utf8))
        try? handle.close()
    }
}
