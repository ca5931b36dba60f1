/// A per-target choice a provider declares and reads, such as how its requests are signed: the key a
/// target writes in `cases/targets.yaml`, the values it may take, and the one used when it is absent.
/// The loader checks a written value against `values` (with did-you-mean); only the provider that
/// declares a setting interprets it, so the engine's `Target` carries it as text.
public struct ProviderSetting: Sendable, Hashable {
    public let key: String
    public let values: [String]
    public let defaultValue: String

    public init(key: String, values: [String], default defaultValue: String) {
        self.key = key
        self.values = values
        self.defaultValue = defaultValue
    }

    /// A setting whose values are an enumeration's raw values.
    public init<Value: RawRepresentable & CaseIterable>(key: String, default defaultValue: Value) where Value.RawValue == String {
        self.init(key: key, values: Value.allCases.map(\.rawValue), default: defaultValue.rawValue)
    }

    /// The target's value as the provider's enumeration (the default when the target does not set it).
    public func value<Value: RawRepresentable>(in target: Target, as _: Value.Type = Value.self) -> Value? where Value.RawValue == String {
        Value(rawValue: target.providerSettings[key] ?? defaultValue)
    }
}
