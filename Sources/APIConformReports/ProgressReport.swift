import APIConformCore

/// What a run says while it runs: a line per finished case (for logs: a CI job killed by its timeout
/// still shows what happened before) and a one-line status for terminals.
public struct ProgressReport: Sendable {
    /// Only failures and errors get a line.
    public var quiet: Bool

    public init(quiet: Bool = false) {
        self.quiet = quiet
    }

    /// `[3/81] ok       ice.ListMediaBasicInfos default-first-page`; nil when quiet and the case held.
    public func line(_ progress: CaseProgress) -> String? {
        let result = progress.result
        let head = "[\(progress.done)/\(progress.total)] "
        let name = "\(progress.operation) \(result.name)"
        switch result.outcome {
        case .passed:
            return quiet ? nil : head + "ok       \(name)"
        case .skipped(let reason):
            return quiet ? nil : head + "skipped  \(name) — \(Self.firstLine(reason))"
        case .failed(let findings):
            return head + "FAILED   \(name) (\(findings.count) finding\(findings.count == 1 ? "" : "s"))"
        case .error(let kind, let message, _):
            return head + "ERROR    \(name) [\(kind)] \(Self.firstLine(message))"
        }
    }

    /// `apiconform: 12/81 cases, 1 failed, 2 errors, 4.3 cases/s` for a terminal's status line.
    public func status(done: Int, total: Int, failed: Int, errors: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let rounded = (rate * 10).rounded() / 10
        return "apiconform: \(done)/\(total) cases, \(failed) failed, \(errors) error\(errors == 1 ? "" : "s"), \(rounded) cases/s"
    }

    static func firstLine(_ text: String) -> String {
        String(text.prefix { $0 != "\n" }.prefix(200))
    }
}
