/// Which cases a run takes: `--filter` patterns, `--tag` / `--skip-tag`, and `--shard K/N`.
///
/// Filters and tags narrow the cases first (a kept case brings the cases it captures from); the shard
/// then deals what is left in capture groups, since a case must run with the cases that feed it.
/// Groups are dealt largest first, ties broken by a stable 64-bit hash of their first case id
/// (`operation/case`), each to the shard with the fewest cases so far: every case lands in exactly
/// one shard, shards differ by at most one group's size (one case when nothing captures), and the
/// assignment depends only on the set of cases — never on the machine, the file order or the Swift
/// version. Adding or removing a case may move others to another shard; merge does not care.
public struct CaseSelection: Sendable, Equatable {
    /// Shell-style patterns (`*`, `?`) matched against the case name or `operation/case`; any may match.
    public var filters: [String]
    /// A case must carry at least one of these tags (when any is given).
    public var tags: Set<String>
    /// A case carrying any of these is left out.
    public var skipTags: Set<String>
    public var shard: Shard?

    public struct Shard: Sendable, Equatable, CustomStringConvertible {
        /// 1-based.
        public var index: Int
        public var count: Int

        /// Parses `K/N` with 1 ≤ K ≤ N; nil otherwise.
        public init?(parsing text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
            self.index = index
            self.count = count
        }

        public var description: String { "\(index)/\(count)" }
    }

    public init(filters: [String] = [], tags: Set<String> = [], skipTags: Set<String> = [], shard: Shard? = nil) {
        self.filters = filters
        self.tags = tags
        self.skipTags = skipTags
        self.shard = shard
    }

    public static let everything = CaseSelection()

    /// Whether filters and tags keep the case (the shard is applied to the whole set: `shardMembers`).
    public func keeps(_ testCase: TestCase) -> Bool {
        if !filters.isEmpty {
            let id = CaseReference(operation: testCase.operation, name: testCase.name).description
            guard filters.contains(where: { GlobPattern.matches($0, testCase.name) || GlobPattern.matches($0, id) }) else { return false }
        }
        if !tags.isEmpty && tags.isDisjoint(with: testCase.tags) { return false }
        return skipTags.isDisjoint(with: testCase.tags)
    }

    /// The cases of `groups` that fall into this selection's shard (all of them without a shard).
    public func shardMembers(_ groups: [[CaseReference]]) -> Set<CaseReference> {
        guard let shard else { return Set(groups.joined()) }
        let keyed = groups.map { group -> (key: String, cases: [CaseReference]) in (group.map(\.description).min() ?? "", group) }
        let dealt = keyed.sorted { a, b in
            a.cases.count != b.cases.count ? a.cases.count > b.cases.count : (StableHash.fnv1a64(a.key), a.key) < (StableHash.fnv1a64(b.key), b.key)
        }
        var sizes = [Int](repeating: 0, count: shard.count)
        var mine: Set<CaseReference> = []
        for group in dealt {
            let smallest = sizes.indices.min { (sizes[$0], $0) < (sizes[$1], $1) } ?? 0
            sizes[smallest] += group.cases.count
            if smallest == shard.index - 1 { mine.formUnion(group.cases) }
        }
        return mine
    }
}
