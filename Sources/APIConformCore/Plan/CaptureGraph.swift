/// Which case feeds which: resolves every capture's source across the run's case files, checks it
/// (the source exists, no loop, its response can hold the path, a live case does not wait on a
/// replay-only one) and orders the jobs so sources start first.
struct CaptureGraph {
    let jobs: [RunPlan.Job]
    let files: [CaseFile]
    let sink: DiagnosticSink
    /// For each job, the jobs it captures from.
    private(set) var edges: [[Int]] = []

    init(jobs: [RunPlan.Job], files: [CaseFile], sink: DiagnosticSink) {
        self.jobs = jobs
        self.files = files
        self.sink = sink
        var byReference: [CaseReference: Int] = [:]
        for (index, job) in jobs.enumerated() { byReference[job.reference] = index }
        edges = jobs.map { job in
            job.testCase.captures.compactMap { capture in resolve(capture, of: job, in: byReference) }
        }
    }

    func resolve(_ capture: Capture, of job: RunPlan.Job, in byReference: [CaseReference: Int]) -> Int? {
        let where_ = "capture '\(capture.name)' of \(job.testCase.name)"
        guard let source = byReference[capture.source] else {
            let file = files.first { $0.operation == capture.source.operation }
            if let file {
                sink.report("unknown_case", "\(where_): \(file.path) has no case '\(capture.source.name)'", at: capture.location,
                            hint: Suggestion.hint(for: capture.source.name, in: file.cases.map(\.name)) ?? "from: names a case of the same file, or OPERATION/CASE for another file")
            } else {
                sink.report("unknown_case", "\(where_): no case file of \(capture.source.operation) is part of this run, so \(capture.source) cannot run first",
                            at: capture.location,
                            hint: "run it together with the case file of \(capture.source.operation) (e.g. cases/suites/\(capture.source.operation).yaml); a source in another file is written OPERATION/CASE")
            }
            return nil
        }
        let sourceCase = jobs[source].testCase
        if !sourceCase.requirements.isEmpty && job.testCase.requirements.isEmpty {
            sink.report("replay_only_source", "\(where_): \(capture.source) requires \(sourceCase.requirements.map(\.condition.rawValue).joined(separator: ", ")), so it does not run live and cannot feed a case that does",
                        at: capture.location, hint: "capture from a case that runs everywhere, or give this case the same requires:")
        }
        if let problem = ResponsePathCheck(schema: jobs[source].contract.response).problem(with: capture.path) {
            sink.report("unmatchable_path", "\(where_): \(capture.path.text) cannot match a response of \(jobs[source].contract.operation): \(problem.message)",
                        at: capture.location, hint: problem.hint)
        }
        return source
    }

    /// Jobs in file and case order, each source moved before its first consumer; a loop is reported
    /// once and its members run in file order (their captures then fail at run time).
    func ordered() -> [RunPlan.Job] {
        var order: [Int] = []
        var state = [Int](repeating: 0, count: jobs.count)  // 0 new, 1 on the path, 2 placed
        var reported = false
        func visit(_ index: Int, path: [Int]) {
            if state[index] == 2 { return }
            if state[index] == 1 {
                if !reported {
                    let loop = (path.drop { $0 != index } + [index]).map { jobs[$0].reference.description }
                    sink.report("capture_loop", "captures form a loop: \(loop.joined(separator: " → "))", at: jobs[index].testCase.location,
                                hint: "a case cannot take values from itself or from a case that takes values from it; break the chain")
                    reported = true
                }
                return
            }
            state[index] = 1
            for source in edges[index] { visit(source, path: path + [index]) }
            state[index] = 2
            order.append(index)
        }
        for index in jobs.indices { visit(index, path: []) }
        var positions = [Int](repeating: 0, count: jobs.count)
        for (position, index) in order.enumerated() { positions[index] = position }
        let sources = Set(edges.flatMap { $0 })
        return order.map { index in
            var job = jobs[index]
            job.dependencies = edges[index].filter { state[$0] == 2 && positions[$0] < positions[index] }.map { positions[$0] }
            job.isSource = sources.contains(index)
            return job
        }
    }
}
