/// The member names of one object being read, for the duplicate check.
///
/// Provider objects hold a few dozen members, where comparing a cheap hash of each earlier name
/// beats a hash set; a hostile object holds up to `json_keys_per_object` (10⁶), where that
/// comparison is quadratic (10⁵ members took 31 s). So names are compared by their hash (and, on a
/// match, by text) up to `directLimit`, and from then on kept in a hash set: each insert costs O(1)
/// however large the object grows. The hashes live in one stack the reader shares across the objects
/// it is inside (`hashes`, from `base` on), so an object costs no allocation of its own.
struct MemberNames {
    static let directLimit = 64

    /// Where this object's hashes start in the shared stack.
    let base: Int
    private var set: Set<String>?

    init(base: Int) {
        self.base = base
    }

    /// Records `key`, the name of the member about to follow `members`; false when an earlier member
    /// already has that name.
    mutating func insert(_ key: String, hash: Int, among members: [JSONObject.Member], hashes: inout [Int]) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        if members.count < Self.directLimit {
            for position in base..<hashes.count where hashes[position] == hash && members[position - base].key == key { return false }
            hashes.append(hash)
            return true
        }
        var names = Set<String>(minimumCapacity: members.count * 2)
        for member in members { names.insert(member.key) }
        let inserted = names.insert(key).inserted
        set = names
        hashes.removeSubrange(base...)
        return inserted
    }
}
