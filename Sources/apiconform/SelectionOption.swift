import APIConformCore
import ArgumentParser

/// `--filter`, `--tag`, `--skip-tag`, `--shard K/N`: which of the loaded cases a run takes.
struct SelectionOption: ParsableArguments {
    @Option(help: ArgumentHelp("Run only cases whose name or operation/name matches; * and ? are wildcards; repeatable.", valueName: "PATTERN"))
    var filter: [String] = []

    @Option(help: ArgumentHelp("Run only cases with this tag; repeatable (any of them).", valueName: "TAG"))
    var tag: [String] = []

    @Option(help: ArgumentHelp("Leave out cases with this tag; repeatable.", valueName: "TAG"))
    var skipTag: [String] = []

    @Option(help: ArgumentHelp("Run the K-th of N balanced, stable shards (1-based), e.g. 2/3; merge the shards' run records with apiconform merge.", valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard, CaseSelection.Shard(parsing: shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/3; got '\(shard)'")
        }
    }

    var selection: CaseSelection {
        CaseSelection(filters: filter, tags: Set(tag), skipTags: Set(skipTag), shard: shard.flatMap(CaseSelection.Shard.init(parsing:)))
    }

    /// The plan for the loaded case files, or exit 2 when a filter or tag names nothing: a typo must
    /// not turn into a green run of zero cases. An empty shard is fine (more shards than cases).
    func plan(_ workspace: Workspace) throws -> RunPlan {
        let contracts = Dictionary(workspace.contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
        let all = workspace.caseFiles.flatMap(\.cases)
        for pattern in filter where !all.contains(where: { CaseSelection(filters: [pattern]).keeps($0) }) {
            let ids = all.map { CaseReference(operation: $0.operation, name: $0.name).description }
            throw ValidationError("--filter '\(pattern)' matches no case; \(Suggestion.hint(for: pattern, in: ids) ?? "cases are named operation/case, e.g. \(ids.first ?? "ice.ListMediaBasicInfos/doc-example")")")
        }
        let known = Set(all.flatMap(\.tags)).sorted()
        for name in tag + skipTag where !known.contains(name) {
            throw ValidationError("no case has the tag '\(name)'; \(Suggestion.hint(for: name, in: known) ?? "tags in use: \(known.joined(separator: ", "))")")
        }
        return RunPlan(files: workspace.caseFiles, contracts: contracts, selection: selection)
    }
}
