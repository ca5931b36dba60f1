/// A deterministic generator (SplitMix64) seeded from text: the same seed gives the same account on
/// every machine and every run, which `SystemRandomNumberGenerator` cannot promise.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: String, stream: String = "") {
        state = Self.hash(seed + "\u{0}" + stream)
    }

    /// FNV-1a over the UTF-8 bytes: stable across platforms and Swift versions (unlike `Hasher`).
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return value
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }

    /// A value drawn with the given weights.
    mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
        var roll = int(1...choices.reduce(0) { $0 + $1.1 })
        for (value, weight) in choices {
            roll -= weight
            if roll <= 0 { return value }
        }
        return choices[choices.count - 1].0
    }

    /// `count` lower-case hex digits, the shape of the providers' asset ids.
    mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[int(0...15)] })
    }

    /// A decimal with `places` digits after the point, as the providers write numeric strings ("771.2280").
    mutating func decimal(_ range: ClosedRange<Int>, places: Int) -> String {
        let whole = int(range)
        let scale = (0..<places).reduce(1) { value, _ in value * 10 }
        let fraction = String(int(0...scale - 1))
        return places == 0 ? String(whole) : "\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }
}
