/// Member names → their position in a declaration, looked up once per member of every object a
/// check walks. A constant-time hash and open addressing: Swift's seeded SipHash behind
/// `Dictionary<String, Int>` and `Set<String>` was a tenth of a check's profile.
public struct NameIndex: Sendable {
    public let names: [String]
    /// `hash` of each name, compared before the text.
    private let hashes: [Int]
    /// Positions into `names`, -1 for an empty slot; a power-of-two count, at most half full.
    private let slots: [Int32]
    private let mask: Int

    /// The first of repeated names wins, as in `JSONObject`'s lookups.
    public init(_ names: [String]) {
        self.names = names
        let hashes = names.map(Self.hash)
        self.hashes = hashes
        var size = 4
        while size < names.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (position, name) in names.enumerated() {
            var slot = hashes[position] & (size - 1)
            var repeated = false
            while slots[slot] >= 0 {
                if names[Int(slots[slot])] == name { repeated = true; break }
                slot = (slot + 1) & (size - 1)
            }
            if !repeated { slots[slot] = Int32(position) }
        }
        self.slots = slots
        mask = size - 1
    }

    public func index(of name: String) -> Int? {
        index(of: name, hash: Self.hash(name))
    }

    /// For a name whose `hash` is known (a parsed member's `keyHash`).
    public func index(of name: String, hash: Int) -> Int? {
        var slot = hash & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if hashes[position] == hash && names[position] == name { return position }
            slot = (slot + 1) & mask
        }
    }

    public func contains(_ name: String) -> Bool { index(of: name) != nil }

    public func contains(_ member: JSONObject.Member) -> Bool { index(of: member.key, hash: member.keyHash) != nil }

    /// The name's length, its first and its last eight bytes of UTF-8 (decoded text, so `"\u0041"`
    /// and `"A"` hash alike), mixed: constant time per name. Names alike in all three only share a
    /// slot; lookups still compare the text.
    public static func hash(_ name: String) -> Int {
        var name = name
        return name.withUTF8 { bytes in
            let count = bytes.count
            var head: UInt64 = 0, tail: UInt64 = 0
            if let base = bytes.baseAddress, count >= 8 {
                head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
                tail = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
            } else {
                for index in 0..<count { head |= UInt64(bytes[index]) << UInt64(8 * index) }
            }
            var hash = (head &* 0x9E37_79B9_7F4A_7C15) ^ ((tail &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F)
            hash ^= hash >> 29
            return Int(truncatingIfNeeded: hash)
        }
    }
}
