import APIConformCore

/// What both human drift reports (Markdown and HTML) say before the table: when, where, and the counts.
struct DriftReportHeader {
    var summary: DriftSummary
    var run: RunResult

    /// `2026-11-23T10:00:00Z`, the run's start in UTC.
    var when: String { TimeFormat.iso8601UTC.format(Int64(run.startedAt)) }

    /// The target and mode of the run's first suite (every suite of a run shares them).
    var targetAndMode: String {
        let first = run.suites.first
        let target = first.map(\.target).flatMap { $0.isEmpty ? nil : $0 } ?? "?"
        let mode = first.map(\.mode).flatMap { $0.isEmpty ? nil : $0 } ?? "?"
        return "target \(target), \(mode)"
    }

    /// "2 drifted fields in 81 responses: 1 failing, 0 expired, 1 warning, 0 accepted" or the all-clear.
    var counts: String {
        if summary.isEmpty {
            return summary.responses == 1 ? "No drift: the response kept its documented shape."
                : "No drift: all \(summary.responses) responses kept their documented shape."
        }
        func count(_ status: DriftObservation.Status) -> Int { summary.entries.filter { $0.status == status }.count }
        let fields = summary.entries.count
        return "\(fields) drifted field\(fields == 1 ? "" : "s") in \(summary.responses) response\(summary.responses == 1 ? "" : "s"): \(count(.fail)) failing, "
            + "\(count(.expired)) expired acceptance\(count(.expired) == 1 ? "" : "s"), \(count(.warn)) warning\(count(.warn) == 1 ? "" : "s"), "
            + "\(count(.accepted)) accepted"
    }

    /// The status as a word a table cell shows.
    static func status(_ entry: DriftSummary.Entry) -> String {
        switch entry.status {
        case .fail: return "FAIL"
        case .expired: return "EXPIRED"
        case .warn: return "warn"
        case .accepted: return "accepted"
        }
    }

    /// The acceptance (or its expiry) for the note column, empty when none.
    static func note(_ entry: DriftSummary.Entry) -> String {
        DriftSuite.acceptanceText(entry) ?? ""
    }
}
