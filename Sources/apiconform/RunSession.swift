import APIConformCore
import APIConformReports

/// Runs a suite the way `run` and `record` share: progress on stderr as cases finish, and SIGINT/SIGTERM
/// turned into a stopped run whose report is still written.
enum RunSession {
    static func execute(_ runner: SuiteRunner, files: [CaseFile], clock: RunClock, progress: ProgressPrinter) async -> (RunResult, Interruption) {
        let callback = progress.callback
        let task = Task { await runner.run(files, startedAt: clock.startedAt, hostname: clock.hostname, progress: callback) }
        let interruption = Interruption.install { task.cancel() }
        let result = await task.value
        progress.finish()
        return (result, interruption)
    }

    /// The documented exit status of a finished (or stopped) run: 130/143 when a signal stopped it,
    /// 1 when any case failed (a contract finding or failing drift), 3 when only errors (transport,
    /// recording) kept cases from a verdict, 0 when every case holds.
    static func exitStatus(_ result: RunResult, interruption: Interruption) -> Int32 {
        if let status = interruption.exitStatus { return status }
        let totals = RunTotals(result)
        if totals.failed > 0 { return ExitStatus.findings }
        if totals.errors > 0 { return ExitStatus.noVerdict }
        return ExitStatus.success
    }
}
