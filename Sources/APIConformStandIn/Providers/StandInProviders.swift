import APIConformCore

/// The stand-in's provider modules, in `Providers.all` order.
public enum StandInProviders {
    public static let all: [any StandInProvider.Type] = [AlibabaStandIn.self, HuaweiStandIn.self]

    /// The module of a contract's provider; the first one for a name none has (the contract loader admits only known providers).
    static func named(_ name: String) -> any StandInProvider.Type {
        all.first { $0.name == name } ?? all[0]
    }

    /// A verifier accepting the credentials `environment` holds, for every provider (what `serve` runs with).
    public static func verifier(accepting environment: [String: String]) -> ProviderSignatureVerifier {
        ProviderSignatureVerifier(all.map { $0.init(environment: environment) })
    }

    /// For `serve`'s help: every provider's accepted credential variables.
    public static var acceptedVariables: String {
        all.map { $0.acceptedVariables }.joined(separator: ", ")
    }
}
