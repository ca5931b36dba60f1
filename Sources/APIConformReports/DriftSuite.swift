import APIConformCore

/// The drift summary as one JUnit testsuite, `drift`, with a testcase per operation, field and kind,
/// named stably (`type_change $.MediaInfos[*].Mezzanine.FileSize` in class `drift.vod.BatchGetMediaInfos`)
/// so CI history tracks each drift over time. The suite is an inventory, not a second verdict: failing
/// drift already fails the case that saw it, so its drift testcase passes (counting it again would
/// report one bad value as two failures) with "fails the run" and the evidence in the suite's
/// `<system-out>`, as warned drift does; accepted drift is skipped with the reason.
public enum DriftSuite {
    public static let name = "drift"

    public static func make(_ summary: DriftSummary, properties: [SuiteResult.Property]) -> SuiteResult {
        SuiteResult(name: name, file: "", properties: properties, cases: summary.entries.map(testcase))
    }

    static func testcase(_ entry: DriftSummary.Entry) -> CaseResult {
        let verdict = entry.status == .fail || entry.status == .expired ? "fails the run (in its case): " : ""
        let finding = Finding(rule: "drift.\(entry.kind.rawValue)", severity: .drift, path: entry.firstPath, message: verdict + headline(entry),
                              expected: entry.expected, actual: entry.examples.joined(separator: " | "), declaredAt: entry.acceptance?.location)
        let outcome: CaseOutcome
        var warnings: [Finding] = []
        switch entry.status {
        case .fail, .expired, .warn:
            outcome = .passed
            warnings = [finding]
        case .accepted: outcome = .skipped(reason: acceptanceText(entry) ?? "accepted drift")
        }
        return CaseResult(name: entry.testName, classname: "\(DriftSuite.name).\(entry.operation)", location: entry.firstLocation,
                          outcome: outcome, warnings: warnings)
    }

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
