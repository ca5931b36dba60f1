/// The environment variables credentials are read from; each can be renamed per target.
public struct CredentialVariables: Sendable, Hashable {
    public var alibabaAccessKeyID = "ALIBABA_CLOUD_ACCESS_KEY_ID"
    public var alibabaAccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
    public var alibabaSecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN"
    public var huaweiAK = "HUAWEICLOUD_SDK_AK"
    public var huaweiSK = "HUAWEICLOUD_SDK_SK"
    public var huaweiProjectID = "HUAWEICLOUD_SDK_PROJECT_ID"
    public var huaweiSecurityToken = "HUAWEICLOUD_SDK_SECURITY_TOKEN"
    /// Not read by the SDKs (they take a token in code); APIConform's documented name.
    public var huaweiAuthToken = "HUAWEICLOUD_AUTH_TOKEN"

    public init() {}

    /// YAML key → keypath, for the loader and the README. Key paths are immutable values; Swift 6.3 does not mark them Sendable.
    public nonisolated(unsafe) static let keys: [(String, WritableKeyPath<CredentialVariables, String>)] = [
        ("alibaba_access_key_id", \.alibabaAccessKeyID), ("alibaba_access_key_secret", \.alibabaAccessKeySecret),
        ("alibaba_security_token", \.alibabaSecurityToken), ("huawei_ak", \.huaweiAK), ("huawei_sk", \.huaweiSK),
        ("huawei_project_id", \.huaweiProjectID), ("huawei_security_token", \.huaweiSecurityToken), ("huawei_auth_token", \.huaweiAuthToken),
    ]
}
