import APIConformCore

/// Runs the report tests render: one of every outcome, with a fixed clock and host.
enum RunFixtures {
    static let suiteFile = "suites/ice-list.yaml"
    static let contract = "contracts/ice.ListMediaBasicInfos.yaml"

    static func location(_ line: Int, _ column: Int = 5) -> SourceLocation {
        SourceLocation(file: suiteFile, line: line, column: column)
    }

    /// Three findings, first one first, with every optional field of the first filled in.
    static let findings: [Finding] = [
        Finding(
            rule: "time_format", path: "$.MediaInfos[3].MediaBasicInfo.CreateTime",
            message: "CreateTime is not UTC ISO 8601 (yyyy-MM-ddTHH:mm:ssZ)",
            expected: "yyyy-MM-ddTHH:mm:ssZ", actual: "\"2024-05-01 10:00:00\"",
            declaredAt: SourceLocation(file: contract, line: 41, column: 9),
            doc: "Times are in UTC, formatted as yyyy-MM-ddTHH:mm:ssZ."
        ),
        Finding(
            rule: "required", severity: .drift, path: "$.RequestId",
            message: "RequestId is missing", expected: "a string"
        ),
        Finding(
            rule: "max_length", severity: .suspicious, side: .request, path: "$.NextToken",
            message: "NextToken is longer than 64 characters", actual: "129 characters",
            declaredAt: SourceLocation(file: contract, line: 12, column: 7)
        ),
    ]

    static let deviation = Finding(
        rule: "enum", severity: .drift, path: "$.MediaInfos[0].MediaBasicInfo.Status",
        message: "Status \"Normal\" is not one of the documented values", actual: "\"Normal\""
    )

    /// Passed (with a known deviation), failed (three findings), error and skipped: 4 tests, 1 each.
    static func everyOutcome() -> RunResult {
        let cases = [
            CaseResult(
                name: "conforming-empty", classname: "ice.ListMediaBasicInfos", location: location(8),
                outcome: .passed, deviations: [deviation], time: 0.0123
            ),
            CaseResult(
                name: "drifted-page", classname: "ice.ListMediaBasicInfos", location: location(14),
                outcome: .failed(findings), time: 1.5
            ),
            CaseResult(
                name: "missing-recording", classname: "ice.ListMediaBasicInfos", location: location(20),
                outcome: .error(kind: "recording", message: "no recording for this case",
                                details: "looked in recordings/ice.ListMediaBasicInfos/missing-recording.http"),
                time: 0
            ),
            CaseResult(
                name: "doc-style-deviation", classname: "ice.ListMediaBasicInfos", location: location(26),
                outcome: .skipped(reason: "every finding is a declared deviation"), deviations: [deviation],
                time: 0.0004
            ),
        ]
        let suite = SuiteResult(
            name: suiteFile, file: suiteFile,
            operation: "ice.ListMediaBasicInfos", target: "recordings", mode: "replay",
            cases: cases
        )
        let second = SuiteResult(
            name: "suites/empty.yaml", file: "suites/empty.yaml", operation: "", target: "", mode: "", cases: []
        )
        // 2026-01-02T03:04:05Z, with a fraction that must be dropped.
        return RunResult(suites: [suite, second], startedAt: 1_767_323_045.75, hostname: "ci-runner-7")
    }
}
