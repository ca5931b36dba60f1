/// The plan stage: which cases run, in what order, against which contract — decided from the loaded
/// case files before anything is sent, so selection, ordering and sharding live in one place.
public struct RunPlan: Sendable {
    /// One case to run, with the position its result takes in the report.
    public struct Job: Sendable {
        /// Index of the case file in `files`.
        public var suite: Int
        /// Index of the case within its file.
        public var index: Int
        public var testCase: TestCase
        public var contract: Contract
    }

    /// The case files in report order; every suite is reported, even when none of its cases run.
    public var files: [CaseFile]
    /// The cases to run, in the order they are started.
    public var jobs: [Job]

    /// The selected cases of every file whose operation has a contract, in file and case order.
    ///
    /// A file is reported when filters and tags keep any of its cases (or it has none), so every shard
    /// of a run lists the same suites and their merge is the unsharded run.
    public init(files: [CaseFile], contracts: [String: Contract], selection: CaseSelection = .everything) {
        let kept = files.map { file in (file, file.cases.filter(selection.keeps)) }
        let members = selection.shardMembers(kept.flatMap { $0.1.map { CaseSelection.id(operation: $0.operation, name: $0.name) } })
        self.files = kept.compactMap { file, cases in
            guard file.cases.isEmpty || !cases.isEmpty else { return nil }
            var selected = file
            selected.cases = cases.filter { members.contains(CaseSelection.id(operation: $0.operation, name: $0.name)) }
            return selected
        }
        jobs = self.files.enumerated().flatMap { suite, file -> [Job] in
            guard let contract = contracts[file.operation] else { return [] }
            return file.cases.enumerated().map { Job(suite: suite, index: $0, testCase: $1, contract: contract) }
        }
    }
}
