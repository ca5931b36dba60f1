/// The provider modules by contract `provider` name.
public enum ProviderAdapters {
    public static let all: [String: any ProviderAdapter] = ["alibaba": AlibabaAdapter(), "huawei": HuaweiAdapter()]
}
