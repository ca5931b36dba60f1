import APIConformCore

/// Credentials read from the environment variables the official SDKs read (renamable per target).
public struct Credentials: Sendable {
    /// Values by `CredentialVariable.key`; each provider module reads its own.
    var values: [String: String] = [:]

    public init() {}

    public subscript(_ variable: CredentialVariable) -> String? {
        get { values[variable.key] }
        set { values[variable.key] = newValue }
    }

    /// Reads every variable a target names; what a provider needs is checked by `missing`.
    public static func read(_ variables: CredentialVariables, environment: [String: String]) -> Credentials {
        var credentials = Credentials()
        for variable in CredentialVariables.all {
            credentials[variable] = variables.value(of: variable, in: environment)
        }
        return credentials
    }

    /// Every secret value in use, for the redactor.
    public var secrets: [String] {
        CredentialVariables.all.filter(\.isSecret).compactMap { self[$0] }
    }

    /// The variables a run needs for these contracts and this target that are not set; empty when all are.
    public static func missing(for contracts: [Contract], target: Target, credentials: Credentials,
                               adapters: [String: any ProviderAdapter] = ProviderAdapters.all) -> [String] {
        let missing = contracts.flatMap { contract in
            adapters[contract.provider]?.missingCredentials(for: contract, target: target, credentials: credentials) ?? []
        }
        var seen = Set<String>()
        return missing.filter { seen.insert($0).inserted }
    }
}

/// A credential a request needs is not set: exit 2, nothing sent.
public struct CredentialError: Error, Sendable, CustomStringConvertible {
    public var variables: [String]
    public var message: String?
    public var description: String {
        message ?? "missing credentials: set \(variables.joined(separator: ", ")) (nothing was sent)"
    }
    public init(variables: [String]) {
        self.variables = variables
    }
    /// A configuration problem that is not a missing variable.
    public init(message: String) {
        self.variables = []
        self.message = message
    }
}
