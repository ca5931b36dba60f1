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
        /// Indices in `jobs` of the cases this one captures from; they finish before it starts.
        public var dependencies: [Int] = []
        /// Whether a later case captures from this one (its response is kept for them).
        public var isSource = false

        public var reference: CaseReference { CaseReference(operation: testCase.operation, name: testCase.name) }
    }

    /// The case files in report order; every suite is reported, even when none of its cases run.
    public var files: [CaseFile]
    /// The cases to run, in the order they are started: file and case order, except that a case
    /// whose values come from another starts after it. Results keep file and case order.
    public var jobs: [Job]

    /// Every case of every file whose operation has a contract. Capture problems (an unknown source,
    /// a loop, a path the source's response cannot have) go to `sink`; without one they are ignored
    /// and the offending captures fail at run time.
    public init(files: [CaseFile], contracts: [String: Contract], sink: DiagnosticSink? = nil) {
        self.files = files
        let planned = files.enumerated().flatMap { suite, file -> [Job] in
            guard let contract = contracts[file.operation] else { return [] }
            return file.cases.enumerated().map { Job(suite: suite, index: $0, testCase: $1, contract: contract) }
        }
        let graph = CaptureGraph(jobs: planned, files: files, sink: sink ?? DiagnosticSink())
        jobs = graph.ordered()
    }
}
