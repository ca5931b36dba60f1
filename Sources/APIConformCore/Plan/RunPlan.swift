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

    /// Every case of every file whose operation has a contract, in file and case order.
    public init(files: [CaseFile], contracts: [String: Contract]) {
        self.files = files
        jobs = files.enumerated().flatMap { suite, file -> [Job] in
            guard let contract = contracts[file.operation] else { return [] }
            return file.cases.enumerated().map { Job(suite: suite, index: $0, testCase: $1, contract: contract) }
        }
    }
}
