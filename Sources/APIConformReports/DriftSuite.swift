import APIConformCore

/// The drift summary as one JUnit testsuite, `drift`, rendered by `JUnitWriter` after the case suites
/// from the summary itself (it is no part of the run's results), with a testcase per operation, field and kind,
/// named stably (`type_change $.MediaInfos[*].Mezzanine.FileSize` in class `drift.vod.BatchGetMediaInfos`)
/// so CI history tracks each drift over time. The suite is an inventory, not a second verdict: failing
/// drift already fails the case that saw it, so its drift testcase passes (counting it again would
/// report one bad value as two failures) with "fails the run" and the evidence in the suite's
/// `<system-out>`, as warned drift does; accepted drift is skipped with the reason.
public enum DriftSuite {
    public static let name = "drift"


    /// "expected a string, found an integer — breaking, in 3 responses, first cases/suites/x.yaml batch (cases/recordings/x.http)"
    public static func headline(_ entry: DriftSummary.Entry) -> String {
        var text = "\(entry.message) — \(entry.kind.impact.rawValue), in \(entry.count) response\(entry.count == 1 ? "" : "s"), "
        text += "first \(entry.firstCase) (\(entry.firstSource))"
        if let acceptance = acceptanceText(entry) { text += "; \(acceptance)" }
        return text
    }

    /// "accepted until 2027-01-31: reason" or "acceptance expired after 2026-10-31: reason".
    public static func acceptanceText(_ entry: DriftSummary.Entry) -> String? {
        guard let acceptance = entry.acceptance else { return nil }
        let until = acceptance.expires.map { " until \($0)" } ?? ""
        switch entry.status {
        case .expired: return "acceptance expired after \(acceptance.expires.map(String.init(describing:)) ?? "?"): \(acceptance.reason)"
        default: return "accepted\(until): \(acceptance.reason)"
        }
    }
}
