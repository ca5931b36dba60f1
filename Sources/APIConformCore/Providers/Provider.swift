/// What the engine may ask of a cloud provider: its name in contracts, what a contract of it must
/// declare, and how a request names its operation. Everything else a provider is lives in its
/// contracts, its signer (APIConformSigning) and its live adapter (APIConformLive).
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
