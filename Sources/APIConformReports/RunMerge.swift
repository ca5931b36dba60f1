import APIConformCore

/// Combines the runs of a sharded suite into the one run they split: suites by name, each case once.
/// A case in two shards, or suites that ran against different targets, are refused — a merged
/// report that silently double-counts or mixes targets would say something no run said.
public enum RunMerge {
    public struct Conflict: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func merge(_ runs: [(file: String, run: RunResult)]) throws(Conflict) -> RunResult {
        guard let first = runs.first else { throw Conflict(description: "nothing to merge: name at least one run record") }
        var merged = RunResult(suites: [], startedAt: first.run.startedAt, hostname: first.run.hostname)
        var index: [String: Int] = [:]
        var origin: [String: String] = [:]
        for (file, run) in runs {
            merged.startedAt = min(merged.startedAt, run.startedAt)
            for suite in run.suites {
                guard let at = index[suite.name] else {
                    index[suite.name] = merged.suites.count
                    merged.suites.append(SuiteResult(name: suite.name, file: suite.file, operation: suite.operation, target: suite.target,
                                                     mode: suite.mode, cases: []))
                    try add(suite.cases, to: merged.suites.count - 1, of: &merged, file: file, origin: &origin)
                    continue
                }
                if describe(merged.suites[at]) != describe(suite) {
                    throw Conflict(description: "\(file): suite \(suite.name) ran with \(describe(suite)), another shard with "
                                   + "\(describe(merged.suites[at])); merge shards of one run only")
                }
                try add(suite.cases, to: at, of: &merged, file: file, origin: &origin)
            }
        }
        // File order, as one unsharded run reports them: suites by path, cases by their line.
        merged.suites.sort { $0.name < $1.name }
        for at in merged.suites.indices {
            merged.suites[at].cases.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        }
        return merged
    }

    static func add(_ cases: [CaseResult], to suite: Int, of run: inout RunResult, file: String, origin: inout [String: String]) throws(Conflict) {
        for result in cases {
            let key = "\(run.suites[suite].name)\u{0}\(result.name)"
            if let earlier = origin[key] {
                throw Conflict(description: "\(file): case \(result.name) of \(run.suites[suite].name) is also in \(earlier); "
                               + "each case belongs to one shard (were the same shards given twice?)")
            }
            origin[key] = file
            run.suites[suite].cases.append(result)
        }
    }

    static func describe(_ suite: SuiteResult) -> String {
        SuiteProperties.of(suite).map { "\($0.name)=\($0.value)" }.joined(separator: ", ")
    }
}
