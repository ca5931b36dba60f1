import APIConformCore

/// Case counts of a run or a suite, as every reporter states them.
public struct RunTotals: Sendable, Hashable {
    public var tests = 0
    public var passed = 0
    public var failed = 0
    public var errors = 0
    public var skipped = 0
    public var time = 0.0

    public init(_ cases: [CaseResult]) {
        for result in cases {
            tests += 1
            time += result.time
            switch result.outcome {
            case .passed: passed += 1
            case .failed: failed += 1
            case .error: errors += 1
            case .skipped: skipped += 1
            }
        }
    }

    public init(_ run: RunResult) {
        self.init(run.suites.flatMap(\.cases))
    }
}
