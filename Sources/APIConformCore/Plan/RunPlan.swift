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

    /// The case files in report order, holding the selected cases only.
    public var files: [CaseFile]
    /// The cases to run, in the order they are started: file and case order, except that a case
    /// whose values come from another starts after it. Results keep file and case order.
    public var jobs: [Job]

    /// The selected cases of every file whose operation has a contract. A case kept by the
    /// selection brings the cases it captures from (they must run first); a shard takes whole
    /// capture groups. A file is reported when filters and tags keep any of its cases (or it has
    /// none), so every shard lists the same suites and their merge is the unsharded run.
    ///
    /// Capture problems (an unknown source, a loop, a path the source's response cannot have) go
    /// to `sink`; without one they are ignored and the offending captures fail at run time.
    public init(files: [CaseFile], contracts: [String: Contract], selection: CaseSelection = .everything, sink: DiagnosticSink? = nil) {
        let reference = { (testCase: TestCase) in CaseReference(operation: testCase.operation, name: testCase.name) }
        let byReference = Dictionary(files.flatMap(\.cases).map { (reference($0), $0) }, uniquingKeysWith: { first, _ in first })
        var kept = Set(files.flatMap(\.cases).filter(selection.keeps).map(reference))
        var pending = Array(kept)
        while let next = pending.popLast() {
            for source in byReference[next]?.sources ?? [] where byReference[source] != nil && kept.insert(source).inserted {
                pending.append(source)
            }
        }
        let members = selection.shardMembers(Self.captureGroups(of: kept, in: byReference))
        self.files = files.compactMap { file in
            guard file.cases.isEmpty || file.cases.contains(where: { kept.contains(reference($0)) }) else { return nil }
            var selected = file
            selected.cases = file.cases.filter { members.contains(reference($0)) }
            return selected
        }
        let planned = self.files.enumerated().flatMap { suite, file -> [Job] in
            guard let contract = contracts[file.operation] else { return [] }
            return file.cases.enumerated().map { Job(suite: suite, index: $0, testCase: $1, contract: contract) }
        }
        jobs = CaptureGraph(jobs: planned, files: self.files, sink: sink ?? DiagnosticSink()).ordered()
    }

    /// The kept cases grouped by captures (a case and everything it feeds or is fed by, transitively):
    /// the units a shard takes whole.
    static func captureGroups(of kept: Set<CaseReference>, in cases: [CaseReference: TestCase]) -> [[CaseReference]] {
        var parent = Dictionary(uniqueKeysWithValues: kept.map { ($0, $0) })
        func root(_ node: CaseReference) -> CaseReference {
            var node = node
            while let up = parent[node], up != node { node = up }
            return node
        }
        for node in kept {
            for source in cases[node]?.sources ?? [] where kept.contains(source) {
                let (a, b) = (root(node), root(source))
                if a != b { parent[a] = b }
            }
        }
        return Dictionary(grouping: kept, by: root).values.map { Array($0) }
    }
}
