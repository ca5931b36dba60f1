/// The member names of one object being read, for the duplicate check.
///
/// Provider objects hold a few dozen members, where comparing a cheap hash of each earlier name
/// beats a hash set; a hostile object holds up to `json_keys_per_object` (10⁶), where that
/// comparison is quadratic (10⁵ members took 31 s). So names are compared by their hash (and, on a
/// match, by text) up to `directLimit`, and from then on kept in a hash set: each insert costs O(1)
/// however large the object grows.
struct MemberNames {
    static let directLimit = 64

    private var hashes: [Int] = []
    private var set: Set<String>?

    /// Records `key`, the name of the member about to follow `members`; false when an earlier member
    /// already has that name.
    mutating func insert(_ key: String, among members: [JSONObject.Member]) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        if members.count < Self.directLimit {
            let hash = Self.hash(key)
            for (position, earlier) in hashes.enumerated() where earlier == hash && members[position].key == key { return false }
            hashes.append(hash)
            return true
        }
        var names = Set<String>(minimumCapacity: members.count * 2)
        for member in members { names.insert(member.key) }
        let inserted = names.insert(key).inserted
        set = names
        hashes = []
        return inserted
    }

    /// FNV-1a over the decoded name's UTF-8 (so `"\u0041"` and `"A"` hash alike).
    static func hash(_ key: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }
}
