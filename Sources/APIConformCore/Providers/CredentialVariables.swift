/// The environment variables credentials are read from: each provider's `CredentialVariable`s under
/// their default names, any of them renamed per target.
public struct CredentialVariables: Sendable, Hashable {
    /// Variable names a target chose, by `CredentialVariable.key`.
    public var renamed: [String: String] = [:]

    public init() {}

    public subscript(_ variable: CredentialVariable) -> String {
        get { renamed[variable.key] ?? variable.defaultName }
        set { renamed[variable.key] = newValue }
    }

    /// The variable's value in `environment`; an empty value counts as unset, as the SDKs treat it.
    public func value(of variable: CredentialVariable, in environment: [String: String]) -> String? {
        guard let value = environment[self[variable]], !value.isEmpty else { return nil }
        return value
    }

    /// Every provider's credential variables, in `Providers.all` order: the `credentials:` keys a target may write.
    public static var all: [CredentialVariable] {
        Providers.all.flatMap { $0.credentialVariables }
    }
}
