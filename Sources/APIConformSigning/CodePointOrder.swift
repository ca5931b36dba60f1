/// Orders strings by Unicode code point, as Python's `sorted` does.
///
/// Swift's `<` on `String` compares canonically equivalent forms and so can disagree with
/// the SDKs on text that is not in NFC. Every signer sorts keys, values and header names
/// with this instead, so that a Swift signature and a Python signature cover the same bytes.
public enum CodePointOrder {
    /// Whether `lhs` sorts before `rhs` by code point.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    /// Whether `lhs` sorts before `rhs` by name, then by value: Python's tuple ordering.
    public static func precedes(_ lhs: QueryParameter, _ rhs: QueryParameter) -> Bool {
        if lhs.name != rhs.name { return precedes(lhs.name, rhs.name) }
        return precedes(lhs.value, rhs.value)
    }

    /// Sorts by name only, keeping the original order among equal names.
    ///
    /// The Alibaba RPC signer sorts with `key=lambda p: p[0]`, which is stable; Swift's
    /// `sorted(by:)` does not promise stability, so the index breaks ties explicitly.
    public static func sortedByName(_ parameters: [QueryParameter]) -> [QueryParameter] {
        parameters.enumerated()
            .sorted { lhs, rhs in
                if lhs.element.name != rhs.element.name {
                    return precedes(lhs.element.name, rhs.element.name)
                }
                return lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
