@testable import APIConformCore
import Foundation
import Testing

/// Which cases a run takes: filters and tags narrow, shards partition — whole capture groups, balanced.
@Suite struct CaseSelectionTests {
    static func bundled() throws -> (files: [CaseFile], contracts: [String: Contract]) {
        let contracts = try Fixtures.contracts()
        let sink = DiagnosticSink()
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        let files = CaseFileLoader.discover([Fixtures.repositoryRoot.appendingPathComponent("cases/suites").path], sink: sink).compactMap(loader.loadFile)
        #expect(sink.isEmpty, "\(sink.diagnostics)")
        return (files, Dictionary(uniqueKeysWithValues: contracts.map { ($0.operation, $0) }))
    }

    static func names(_ plan: RunPlan) -> [String] {
        plan.jobs.map { $0.reference.description }.sorted()
    }

    @Test(arguments: [("doc-*", "doc-example", true), ("*/doc-example", "doc-example", true), ("ice.*/paging-walk", "paging-walk", true),
                      ("doc-?xample", "doc-example", true), ("doc", "doc-example", false), ("*walk", "paging-walk", true), ("", "x", false)])
    func globPatterns(_ pattern: String, _ name: String, _ matches: Bool) {
        #expect(GlobPattern.matches(pattern, name) == matches || GlobPattern.matches(pattern, "ice.ListMediaBasicInfos/\(name)") == matches)
    }

    @Test func aLongHostilePatternStaysFast() {
        // One backtrack point: no exponential blow-up on patterns like a*a*a*…b.
        let pattern = String(repeating: "a*", count: 200) + "b"
        #expect(!GlobPattern.matches(pattern, String(repeating: "a", count: 5000)))
    }

    @Test func filtersAndTagsNarrowAndBringTheSourcesTheyNeed() throws {
        let (files, contracts) = try Self.bundled()
        let docs = RunPlan(files: files, contracts: contracts, selection: CaseSelection(tags: ["doc"]))
        #expect(!docs.jobs.isEmpty && docs.jobs.allSatisfy { $0.testCase.tags.contains("doc") })
        let noDocs = RunPlan(files: files, contracts: contracts, selection: CaseSelection(skipTags: ["doc"]))
        #expect(noDocs.jobs.count == files.flatMap(\.cases).count - docs.jobs.count)
        // A case that captures from another brings it along, so its values exist.
        let consumer = try #require(files.flatMap(\.cases).first { !$0.captures.isEmpty })
        let filtered = RunPlan(files: files, contracts: contracts, selection: CaseSelection(filters: ["\(consumer.operation)/\(consumer.name)"]))
        let planned = Set(filtered.jobs.map(\.reference))
        #expect(planned.contains(CaseReference(operation: consumer.operation, name: consumer.name)))
        #expect(Set(consumer.sources).isSubset(of: planned))
        // Nothing else: every other planned case feeds a planned case.
        let feeding = Set(filtered.jobs.flatMap(\.testCase.sources))
        #expect(planned.subtracting([CaseReference(operation: consumer.operation, name: consumer.name)]).isSubset(of: feeding))
    }

    @Test(arguments: [1, 2, 3, 5, 200])
    func shardsPartitionEveryCaseOnceAndKeepCaptureGroupsWhole(count: Int) throws {
        let (files, contracts) = try Self.bundled()
        let all = Self.names(RunPlan(files: files, contracts: contracts))
        var seen: [String] = []
        var sizes: [Int] = []
        for index in 1...count {
            let shard = try #require(CaseSelection.Shard(parsing: "\(index)/\(count)"))
            let plan = RunPlan(files: files, contracts: contracts, selection: CaseSelection(shard: shard))
            let planned = Set(plan.jobs.map(\.reference))
            // Every source a shard's case needs is in the same shard.
            for job in plan.jobs { #expect(Set(job.testCase.sources).isSubset(of: planned), "\(job.reference) lost a source in shard \(shard)") }
            seen += Self.names(plan)
            sizes.append(plan.jobs.count)
        }
        #expect(seen.sorted() == all)
        let groups = RunPlan.captureGroups(of: Set(files.flatMap(\.cases).map { CaseReference(operation: $0.operation, name: $0.name) }),
                                           in: Dictionary(files.flatMap(\.cases).map { (CaseReference(operation: $0.operation, name: $0.name), $0) },
                                                          uniquingKeysWith: { a, _ in a }))
        let largest = groups.map(\.count).max() ?? 1
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= largest, "sizes \(sizes), largest group \(largest)")
    }

    @Test func withoutCapturesShardsDifferByAtMostOneCaseAndAreStable() {
        let groups = (1...10).map { [CaseReference(operation: "op", name: "case-\($0)")] }
        let shards = (1...3).map { CaseSelection(shard: CaseSelection.Shard(parsing: "\($0)/3")).shardMembers(groups) }
        #expect(shards.map(\.count).sorted() == [3, 3, 4])
        #expect(shards.reduce(Set()) { $0.union($1) }.count == 10)
        // Pinned: the assignment depends only on the ids (FNV-1a), never on the process.
        #expect(shards[0].map(\.name).sorted() == CaseSelection(shard: CaseSelection.Shard(parsing: "1/3")).shardMembers(groups.reversed()).map(\.name).sorted())
        #expect(StableHash.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "x/2", "1/2/3", "", "2"])
    func badShardsAreRefused(_ text: String) {
        #expect(CaseSelection.Shard(parsing: text) == nil)
    }
}
