import APIConformCore

/// The `drift` testsuite, rendered from the run's `DriftSummary` beside the case suites (see `DriftSuite`):
/// a testcase per operation, field and kind; accepted drift skipped with its reason, the rest passing
/// with its evidence in the suite's `<system-out>`.
extension JUnitWriter {
    func writeDriftSuite(_ summary: DriftSummary, id: Int, of run: RunResult, to xml: borrowing XMLDocumentWriter) throws {
        var totals = RunTotals([])
        for entry in summary.entries {
            totals.tests += 1
            if entry.status == .accepted { totals.skipped += 1 } else { totals.passed += 1 }
        }
        let header = SuiteHeader(name: DriftSuite.name, package: DriftSuite.name, file: "", totals: totals, properties: SuiteProperties.drift(of: run))
        try writeSuite(header, id: id, of: run, to: xml) {
            for entry in summary.entries {
                try xml.element("testcase", ["name": entry.testName, "classname": "\(DriftSuite.name).\(entry.operation)", "time": JUnitFormat.seconds(0)]) {
                    if dialect == .annotated {
                        try xml.attribute("file", entry.firstLocation.file)
                        try xml.attribute("line", String(max(1, entry.firstLocation.line)))
                    }
                    if entry.status == .accepted {
                        try xml.element("skipped", ["message": XMLText.capped(DriftSuite.acceptanceText(entry) ?? "accepted drift", limit: messageLimit)]) {
                            try xml.text("\(entry.firstLocation)\n")
                        }
                    }
                }
            }
            try xml.element("system-out") {
                try xml.text(Self.driftSystemOut(summary))
            }
        }
    }

    /// Each drift that is not accepted, with its evidence: `warning (drift): [drift.type_change] $.path: …`.
    static func driftSystemOut(_ summary: DriftSummary) -> String {
        summary.entries.filter { $0.status != .accepted }.map { entry in
            let verdict = entry.status == .fail || entry.status == .expired ? "fails the run (in its case): " : ""
            return "\(entry.testName) (\(entry.firstLocation))\n  warning (\(Severity.drift.rawValue)): [\(entry.kind.findingKey)] "
                + "\(entry.firstPath): \(verdict)\(DriftSuite.headline(entry))\n"
        }.joined()
    }
}
