/// The providers APIConform knows, in routing order.
public enum Providers {
    public static let all: [any Provider.Type] = [AlibabaProvider.self, HuaweiProvider.self]

    /// Their `provider:` names, for the contract loader's check and its hint.
    public static var names: [String] { all.map { $0.name } }

    public static func named(_ name: String) -> (any Provider.Type)? {
        all.first { $0.name == name }
    }
}
