import Foundation
import APIConformCore
import APIConformReports

/// Runs a suite the way `run` and `record` share: progress on stderr as cases finish, and SIGINT/SIGTERM
/// turned into a stopped run whose report is still written.
///
/// The pipeline (docs/architecture.md), stage by stage, as the commands drive it:
/// 1. Load — `Workspace.load`: contracts, case files, targets and drift configuration (`Load/`).
/// 2. Plan — `SelectionOption.plan`: the `RunPlan` of selected, sharded, capture-ordered jobs (`Plan/`).
/// 3. Execute — `SuiteRunner` runs each job through a `Transport` (replay, live, record) (`Execute/`).
/// 4. Evaluate — `CaseRunner` → `ContractEvaluator.evaluate`, the page walk, `FindingPolicy` (`Evaluate/`).
/// 5. Results — the `RunResult` this returns (`Results/`).
/// 6. Report — `RunReports.finish`: console, JUnit with its drift suite, run record, drift.md/.html (APIConformReports).
enum RunSession {
    static func execute(_ runner: SuiteRunner, plan: RunPlan, clock: RunClock, progress: ProgressPrinter) async -> (RunResult, Interruption) {
        let callback = progress.callback
        // The handlers go in before the first case starts: a case can finish (a replay-only skip) at once.
        let stopper = Stopper()
        let interruption = Interruption.install { stopper.stop() }
        let task = Task { await runner.run(plan, startedAt: clock.startedAt, hostname: clock.hostname, progress: callback) }
        stopper.attach(task)
        let result = await task.value
        progress.finish()
        return (result, interruption)
    }

    /// The documented exit status of a finished (or stopped) run: 130/143 when a signal stopped it,
    /// else what its reports say (`ExitStatus.of`).
    static func exitStatus(reported: Int32, interruption: Interruption) -> Int32 {
        interruption.exitStatus ?? reported
    }
}

/// Cancels the run's task once it exists, even when the signal came first.
final class Stopper: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<RunResult, Never>?
    private var stopped = false

    func attach(_ task: Task<RunResult, Never>) {
        let cancel = lock.withLock { () -> Bool in
            self.task = task
            return stopped
        }
        if cancel { task.cancel() }
    }

    func stop() {
        let task = lock.withLock { () -> Task<RunResult, Never>? in
            stopped = true
            return self.task
        }
        task?.cancel()
    }
}
