/// The key material a signature is made with.
///
/// One type serves both providers: Alibaba calls the pair AccessKeyId/AccessKeySecret and
/// Huawei AK/SK. The security token marks temporary (STS) credentials, which add headers or
/// parameters of their own; the project id is Huawei's `X-Project-Id`.
public struct SigningCredentials: Sendable, Hashable {
    public var accessKeyId: String
    public var secret: String
    public var securityToken: String?
    public var projectId: String?

    public init(accessKeyId: String, secret: String, securityToken: String? = nil, projectId: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secret = secret
        self.securityToken = securityToken
        self.projectId = projectId
    }

    /// Whether these are temporary credentials that carry a security token.
    public var isTemporary: Bool { securityToken != nil }
}

extension SigningCredentials: CustomStringConvertible, CustomDebugStringConvertible {
    /// Names the key id only, so that logging a request never prints the secret or token.
    public var description: String {
        "SigningCredentials(accessKeyId: \(accessKeyId), secret: <redacted>\(isTemporary ? ", token: <redacted>" : ""))"
    }

    public var debugDescription: String { description }
}
