/// What the engine may ask of a cloud provider: its name in contracts, what a contract of it must
/// declare, how a request names its operation, the target settings and credential variables it
/// reads, and what `apiconform init` scaffolds for it. Everything else a provider is lives in its
/// contracts, its signer (APIConformSigning), its live adapter (APIConformLive) and its stand-in
/// module (APIConformStandIn).
///
/// A new provider is a type here, listed in `Providers.all`, with contracts that name it.
public protocol Provider: Sendable {
    /// The `provider:` value of its contracts, e.g. `alibaba`.
    static var name: String { get }
    /// The `http:` keys every contract of the provider must give: without them no request can be signed or routed.
    static var requiredHTTPKeys: [String] { get }
    /// The contract `request` is a call of, among this provider's `contracts`; nil when it names none of them.
    static func route(_ request: ProviderRequest, among contracts: [Contract]) -> Contract?
    /// Whether a request no contract routes still looks like this provider's, so that the stand-in
    /// refuses it in this provider's error shape.
    static func claims(path: String) -> Bool
    /// The settings a target may give it at its top level in `cases/targets.yaml` (e.g. how to sign).
    static var targetSettings: [ProviderSetting] { get }
    /// The environment variables its credentials come from, each renamable under a target's `credentials:`.
    static var credentialVariables: [CredentialVariable] { get }
    /// Whether an operation id's product (`huawei` of `huawei.ShowAssetMeta`) is this provider's, so
    /// that `init` picks it without `--provider`.
    static func claims(product: String) -> Bool
    /// The contract skeleton and recording template `apiconform init` writes for a new operation.
    static func scaffold(product: String, action: String) -> ProviderScaffold
}

/// A request as routing sees it: path, headers and parameters (query and form), from a recording or the wire.
public struct ProviderRequest: Sendable {
    public var path: String
    public var headers: [(name: String, value: String)]
    public var parameters: [(name: String, value: String)]

    public init(path: String, headers: [(name: String, value: String)], parameters: [(name: String, value: String)]) {
        self.path = path
        self.headers = headers
        self.parameters = parameters
    }

    /// A header by name, case-insensitively.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    public func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }
}
