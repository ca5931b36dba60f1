import APIConformCore
import APIConformReports
import Foundation

/// Writes progress to stderr as cases finish (stdout keeps the final report, unchanged): on a terminal a
/// status line redrawn in place, with failures and errors printed above it; otherwise one line per
/// finished case, written at once, so a CI log shows what happened before a timeout.
final class ProgressPrinter: @unchecked Sendable {
    let report: ProgressReport
    /// Whether stderr is a terminal: the status line is redrawn only there.
    let terminal: Bool
    /// Without a terminal, whether each finished case gets a line (live and record runs; a replay is over too fast to need it).
    let lines: Bool
    private let lock = NSLock()
    private let started = ContinuousClock.now
    private var failed = 0, errors = 0, drawn = false

    init(quiet: Bool, lines: Bool, terminal: Bool = isatty(STDERR_FILENO) == 1) {
        report = ProgressReport(quiet: quiet)
        self.terminal = terminal
        self.lines = lines
    }

    /// The callback for `SuiteRunner.run`.
    var callback: @Sendable (CaseProgress) -> Void {
        { [self] progress in self.finished(progress) }
    }

    func finished(_ progress: CaseProgress) {
        lock.withLock {
            switch progress.result.outcome {
            case .failed: failed += 1
            case .error: errors += 1
            default: break
            }
            var text = ""
            if terminal {
                // Above the status line only what needs attention; the final report lists every case.
                if progress.result.needsAttention, let line = report.line(progress) {
                    text += "\r\u{1B}[2K" + line + "\n"
                }
                if !report.quiet {
                    let elapsed = started.duration(to: .now)
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                    text += "\r\u{1B}[2K" + report.status(done: progress.done, total: progress.total, failed: failed, errors: errors, seconds: seconds)
                    drawn = true
                }
            } else if lines, let line = report.line(progress) {
                text = line + "\n"
            }
            if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
        }
    }

    /// Clears the status line before the final report is printed.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
        }
    }
}

extension CaseResult {
    /// A failure or an error: what `--quiet` and a terminal's progress keep.
    var needsAttention: Bool {
        switch outcome {
        case .failed, .error: return true
        case .passed, .skipped: return false
        }
    }
}
