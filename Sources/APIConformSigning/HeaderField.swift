/// One HTTP header line as a name and a value, kept in sequence.
///
/// Names keep the spelling the caller gave (Huawei sends `X-Sdk-Date`, Alibaba `x-acs-date`),
/// because the signed request is compared with the SDKs' header lists as they were built.
/// Look-ups ignore ASCII case, as HTTP does.
public struct HeaderField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// The name lower-cased, the form every canonical request uses.
    public var canonicalName: String { name.lowercased() }
}

extension HeaderField: CustomStringConvertible {
    public var description: String { "\(name): \(value)" }
}

extension Array where Element == HeaderField {
    /// Every value of the header called `name` (any case), in order.
    public func values(named name: String) -> [String] {
        let wanted = name.lowercased()
        return filter { $0.canonicalName == wanted }.map(\.value)
    }

    /// The first value of the header called `name` (any case).
    public func firstValue(named name: String) -> String? {
        let wanted = name.lowercased()
        return first { $0.canonicalName == wanted }?.value
    }

    /// Whether a header called `name` (any case) is present.
    public func contains(named name: String) -> Bool {
        firstValue(named: name) != nil
    }

    /// The distinct lower-cased names, in code-point order.
    public func canonicalNames() -> [String] {
        Set(map(\.canonicalName)).sorted(by: CodePointOrder.precedes)
    }
}
