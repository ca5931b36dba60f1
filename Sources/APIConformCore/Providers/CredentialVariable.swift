/// One credential a provider reads from the environment: the `credentials:` key a target renames its
/// variable with, and the variable the provider's official SDK reads.
public struct CredentialVariable: Sendable, Hashable {
    public let key: String
    public let defaultName: String
    /// False for an identifier that is not secret (a project id): the redactor leaves it in recordings.
    public let isSecret: Bool

    public init(key: String, defaultName: String, isSecret: Bool = true) {
        self.key = key
        self.defaultName = defaultName
        self.isSecret = isSecret
    }
}
