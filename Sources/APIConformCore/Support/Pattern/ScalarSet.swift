/// The scalars one position of a pattern accepts: a literal, a `[…]` class, `.`, `\s` or `\S`.
/// ASCII membership is one bit test (precomputed, complement included); other scalars are
/// answered from the class's items.
public struct ScalarSet: Sendable {
    public enum Item: Sendable, Hashable {
        case range(UInt32, UInt32)
        /// `\s` (ICU's white space is the Unicode White_Space property; `negated` is `\S`).
        case whitespace(negated: Bool)

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .range(let low, let high): return low <= scalar.value && scalar.value <= high
            case .whitespace(let negated): return scalar.properties.isWhitespace != negated
            }
        }
    }

    public let items: [Item]
    public let negated: Bool
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    public init(_ items: [Item], negated: Bool = false) {
        self.items = items
        self.negated = negated
        var low: UInt64 = 0, high: UInt64 = 0
        for value in 0..<UInt32(128) where items.contains(where: { $0.contains(Unicode.Scalar(value)!) }) != negated {
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    public static func literal(_ scalar: Unicode.Scalar) -> ScalarSet {
        ScalarSet([.range(scalar.value, scalar.value)])
    }

    /// ICU's `.` without flags: anything but a line terminator.
    public static let anyButLineTerminator = ScalarSet(
        [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].map { Item.range($0, $0) }, negated: true)

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        return items.contains { $0.contains(scalar) } != negated
    }

    /// The first member a sample can use: the first ASCII member, else the first range's low end.
    public var sample: Unicode.Scalar? {
        for value in 0x20..<UInt32(0x7F) where contains(Unicode.Scalar(value)!) { return Unicode.Scalar(value) }
        for item in items where !negated { if case .range(let low, _) = item { return Unicode.Scalar(low) } }
        return nil
    }
}
