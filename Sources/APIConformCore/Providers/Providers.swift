/// The providers APIConform knows, in routing order.
public enum Providers {
    public static let all: [any Provider.Type] = [AlibabaProvider.self, HuaweiProvider.self]

    /// Their `provider:` names, for the contract loader's check and its hint.
    public static var names: [String] { all.map { $0.name } }

    /// The provider an unrouted request on `path` most likely meant (the first one, when none claims it).
    public static func claiming(path: String) -> any Provider.Type {
        all.first { $0.claims(path: path) } ?? all[0]
    }

    /// The provider of an operation id's product (the first one, when none claims it).
    public static func claiming(product: String) -> any Provider.Type {
        all.first { $0.claims(product: product) } ?? all[0]
    }

    public static func named(_ name: String) -> (any Provider.Type)? {
        all.first { $0.name == name }
    }

    /// Every provider's target settings, in `all` order: keys a target may write beside the engine's own.
    public static var targetSettings: [ProviderSetting] {
        all.flatMap { $0.targetSettings }
    }
}
