import APIConformCore

/// The provider modules by contract `provider` name: a new provider's adapter is listed here.
public enum ProviderAdapters {
    public static let all: [String: any ProviderAdapter] = [AlibabaProvider.name: AlibabaAdapter(), HuaweiProvider.name: HuaweiAdapter()]
}
