/// Which cases a run takes: `--filter` patterns, `--tag` / `--skip-tag`, and `--shard K/N`.
///
/// Filters and tags narrow the cases first; the shard then deals what is left. Sharding sorts the
/// selected case ids (`operation/case`) by a stable 64-bit hash and deals them round-robin, so the N
/// shards differ in size by at most one case, every case is in exactly one shard, and the assignment
/// depends only on the set of ids — never on the machine, the file order or the Swift version.
/// Adding or removing a case may move others to another shard; merge does not care.
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

    /// The id a case is filtered, sharded and merged by.
    public static func id(operation: String, name: String) -> String { "\(operation)/\(name)" }

    /// Whether filters and tags keep the case (the shard is applied over the whole set: `shardMembers`).
    public func keeps(_ testCase: TestCase) -> Bool {
        if !filters.isEmpty {
            let id = Self.id(operation: testCase.operation, name: testCase.name)
            guard filters.contains(where: { GlobPattern.matches($0, testCase.name) || GlobPattern.matches($0, id) }) else { return false }
        }
        if !tags.isEmpty && tags.isDisjoint(with: testCase.tags) { return false }
        return skipTags.isDisjoint(with: testCase.tags)
    }

    /// The ids of `ids` that fall into this selection's shard (all of them without a shard).
    public func shardMembers(_ ids: [String]) -> Set<String> {
        guard let shard else { return Set(ids) }
        let dealt = Set(ids).sorted { (StableHash.fnv1a64($0), $0) < (StableHash.fnv1a64($1), $1) }
        return Set(dealt.enumerated().filter { $0.offset % shard.count == shard.index - 1 }.map(\.element))
    }
}
