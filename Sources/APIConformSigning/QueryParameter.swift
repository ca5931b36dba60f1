/// One `name=value` pair of a query string or form body, kept in sequence.
///
/// The signers work on ordered lists rather than dictionaries for two reasons: the wire URL
/// is compared byte for byte with the SDKs', which send parameters in insertion order, and
/// Huawei's multi-valued parameters such as `asset_id` repeat the same name.
public struct QueryParameter: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension QueryParameter: CustomStringConvertible {
    public var description: String { "\(name)=\(value)" }
}

extension Array where Element == QueryParameter {
    /// The value a Python `dict` built from these pairs would hold for `name`: the last one.
    public func lastValue(named name: String) -> String? {
        last { $0.name == name }?.value
    }

    /// Collapses repeated names the way the Alibaba SDKs' parameter dictionaries do.
    ///
    /// A name keeps the position of its first occurrence and the value of its last, which is
    /// what assigning into a Python `dict` does. The Alibaba signers sort by name anyway, so
    /// only the surviving value matters; the position keeps wire order stable.
    public func uniquedByName() -> [QueryParameter] {
        var positions: [String: Int] = [:]
        var result: [QueryParameter] = []
        for parameter in self {
            if let position = positions[parameter.name] {
                result[position].value = parameter.value
            } else {
                positions[parameter.name] = result.count
                result.append(parameter)
            }
        }
        return result
    }

    /// Drops every pair called `name`.
    public func removing(named name: String) -> [QueryParameter] {
        filter { $0.name != name }
    }
}
