/// Member names → their position in a declaration, looked up once per member of every object a
/// check walks. FNV-1a over the UTF-8 and open addressing: Swift's seeded SipHash behind
/// `Dictionary<String, Int>` and `Set<String>` was a tenth of a check's profile.
public struct NameIndex: Sendable {
    public let names: [String]
    /// Positions into `names`, -1 for an empty slot; a power-of-two count, at most half full.
    private let slots: [Int32]
    private let mask: Int

    /// The first of repeated names wins, as in `JSONObject`'s lookups.
    public init(_ names: [String]) {
        self.names = names
        var size = 4
        while size < names.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (position, name) in names.enumerated() {
            var slot = Self.hash(name) & (size - 1)
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
        var slot = Self.hash(name) & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if names[position] == name { return position }
            slot = (slot + 1) & mask
        }
    }

    public func contains(_ name: String) -> Bool { index(of: name) != nil }

    /// FNV-1a over the name's UTF-8 (decoded text, so `"\u0041"` and `"A"` hash alike).
    public static func hash(_ name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        if let done = name.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var hash = hash
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }) {
            return Int(truncatingIfNeeded: done)
        }
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }
}
