import APIConformCore

/// Credentials read from the environment variables the official SDKs read (renamable per target).
public struct Credentials: Sendable {
    public var alibabaAccessKeyID: String?
    public var alibabaAccessKeySecret: String?
    public var alibabaSecurityToken: String?
    public var huaweiAK: String?
    public var huaweiSK: String?
    public var huaweiProjectID: String?
    public var huaweiSecurityToken: String?
    public var huaweiAuthToken: String?

    public init() {}

    /// Reads every variable a target names; what a provider needs is checked by `require`.
    public static func read(_ variables: CredentialVariables, environment: [String: String]) -> Credentials {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        var credentials = Credentials()
        credentials.alibabaAccessKeyID = value(variables.alibabaAccessKeyID)
        credentials.alibabaAccessKeySecret = value(variables.alibabaAccessKeySecret)
        credentials.alibabaSecurityToken = value(variables.alibabaSecurityToken)
        credentials.huaweiAK = value(variables.huaweiAK)
        credentials.huaweiSK = value(variables.huaweiSK)
        credentials.huaweiProjectID = value(variables.huaweiProjectID)
        credentials.huaweiSecurityToken = value(variables.huaweiSecurityToken)
        credentials.huaweiAuthToken = value(variables.huaweiAuthToken)
        return credentials
    }

    /// Every secret value in use, for the redactor.
    public var secrets: [String] {
        [alibabaAccessKeyID, alibabaAccessKeySecret, alibabaSecurityToken, huaweiAK, huaweiSK, huaweiSecurityToken, huaweiAuthToken].compactMap { $0 }
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
