/// The member names of one object being read, for the duplicate check.
///
/// Provider objects hold a few dozen members, where comparing against each earlier name beats
/// hashing; a hostile object holds up to `json_keys_per_object` (10⁶), where that comparison is
/// quadratic (10⁵ members took 31 s). So names are compared directly up to `directLimit`, and from
/// then on kept in a hash set: each insert costs O(1) however large the object grows.
struct MemberNames {
    static let directLimit = 16

    private var set: Set<String>?

    /// Records `key`, the name of the member about to follow `members`; false when an earlier member
    /// already has that name.
    mutating func insert(_ key: String, among members: [JSONObject.Member]) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        if members.count < Self.directLimit {
            for member in members where member.key == key { return false }
            return true
        }
        var names = Set<String>(minimumCapacity: members.count * 2)
        for member in members { names.insert(member.key) }
        let inserted = names.insert(key).inserted
        set = names
        return inserted
    }
}
