/// The declarative description of one operation: request parameters, response tree, error shape and
/// operation-level invariants, each rule citing the documentation it comes from.
public struct Contract: Sendable {
    /// e.g. `ice.ListMediaBasicInfos`.
    public var operation: String
    /// The provider module that signs and shapes requests: `alibaba` or `huawei`.
    public var provider: String
    /// The documentation this contract was written from.
    public var doc: String?
    /// How the operation is called (method, path, action, version).
    public var http: HTTPBinding
    /// The request parameters as a flat object schema.
    public var request: FieldSchema
    /// The success response (2xx) schema.
    public var response: FieldSchema
    /// Operation-level rules over a success response.
    public var invariants: [DeclaredInvariant]
    /// The error response rule, applied to non-2xx responses.
    public var errors: DeclaredInvariant?
    /// The contract file, for messages.
    public var location: SourceLocation

    public init(
        operation: String, provider: String, doc: String?, http: HTTPBinding, request: FieldSchema,
        response: FieldSchema, invariants: [DeclaredInvariant], errors: DeclaredInvariant?, location: SourceLocation
    ) {
        self.operation = operation
        self.provider = provider
        self.doc = doc
        self.http = http
        self.request = request
        self.response = response
        self.invariants = invariants
        self.errors = errors
        self.location = location
    }

    /// A request parameter's declaration, for defaults and bindings.
    public func parameter(_ name: String) -> FieldSchema? {
        request.fields.first { $0.name == name }
    }
}

/// How an operation travels over HTTP; provider modules read it when they build a live request.
public struct HTTPBinding: Sendable, Hashable {
    public var method: String
    /// Path template, e.g. `/` or `/v1.0/{project_id}/asset/info`.
    public var path: String
    /// Alibaba RPC action and API version; nil for REST providers.
    public var action: String?
    public var version: String?
    /// True where the doc says "No authorization for this operation" (`auth: anonymous`): sent unsigned.
    public var anonymous: Bool
    /// The values of a contract's `http.auth`.
    public static let authModes = ["signed", "anonymous"]

    public init(method: String, path: String, action: String?, version: String?, anonymous: Bool = false) {
        self.method = method
        self.path = path
        self.action = action
        self.version = version
        self.anonymous = anonymous
    }
}

extension HTTPBinding {
    /// Whether a request path fits this binding's path template; `{name}` stands for one non-empty segment.
    public func matches(path requestPath: String) -> Bool {
        let expected = path.split(separator: "/"), actual = requestPath.split(separator: "/")
        guard expected.count == actual.count else { return false }
        return zip(expected, actual).allSatisfy { $0 == $1 || ($0.hasPrefix("{") && $0.hasSuffix("}")) }
    }
}
