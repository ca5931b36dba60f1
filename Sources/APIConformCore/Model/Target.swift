/// Where live requests go and how: endpoints, signing, credentials, rate limit, timeouts, retries.
public struct Target: Sendable, Hashable {
    public var name: String
    /// Product (the operation id's prefix, e.g. `vod` of `vod.GetPlayInfo`) → base URL. `*` serves every product.
    public var endpoints: [String: String]
    public var region: String?
    /// The providers' own settings (`ProviderSetting`: how to sign, how to authenticate) by key, as
    /// written; a setting not written takes its default. Only the provider that declares a key reads it.
    public var providerSettings: [String: String]
    /// Environment variable names holding the credentials (defaults: the official SDKs' names).
    public var credentialVariables: CredentialVariables
    /// API version per product, overriding the contract's.
    public var apiVersions: [String: String]
    /// Requests per second, across all cases of the run.
    public var rateLimit: Double
    public var concurrency: Int
    public var timeouts: Timeouts
    public var retry: RetryPolicy
    /// Whether drift fails or warns against this target.
    public var drift: DriftPolicy
    /// What `${vars.NAME}` in case requests resolves to against this target (fixed known assets).
    public var vars: [String: String] = [:]
    public var location: SourceLocation

    public struct Timeouts: Sendable, Hashable {
        public var connect: Double
        public var read: Double
        public var total: Double
        public init(connect: Double = 5, read: Double = 15, total: Double = 60) {
            self.connect = connect
            self.read = read
            self.total = total
        }
    }

    public struct RetryPolicy: Sendable, Hashable {
        /// Attempts in all, the first included.
        public var attempts: Int
        public var baseDelay: Double
        public var maxDelay: Double
        /// The longest `Retry-After` honoured beyond `maxDelay`; a server asking for more ends the case as an `<error>`.
        public var maxRetryAfter: Double
        public init(attempts: Int = 4, baseDelay: Double = 0.2, maxDelay: Double = 10, maxRetryAfter: Double = 60) {
            self.attempts = attempts
            self.baseDelay = baseDelay
            self.maxDelay = maxDelay
            self.maxRetryAfter = maxRetryAfter
        }
    }

    public init(name: String, endpoints: [String: String], region: String? = nil, providerSettings: [String: String] = [:],
                credentialVariables: CredentialVariables = CredentialVariables(), apiVersions: [String: String] = [:],
                rateLimit: Double = 10, concurrency: Int = 4, timeouts: Timeouts = Timeouts(), retry: RetryPolicy = RetryPolicy(),
                drift: DriftPolicy = DriftPolicy(), location: SourceLocation = SourceLocation(file: "<default>", line: 1, column: 1)) {
        self.drift = drift
        self.name = name
        self.endpoints = endpoints
        self.region = region
        self.providerSettings = providerSettings
        self.credentialVariables = credentialVariables
        self.apiVersions = apiVersions
        self.rateLimit = rateLimit
        self.concurrency = concurrency
        self.timeouts = timeouts
        self.retry = retry
        self.location = location
    }

    /// The base URL for an operation (`ice.ListMediaBasicInfos` → the `ice` endpoint, else `*`).
    public func endpoint(for operation: String) -> String? {
        let product = String(operation.prefix { $0 != "." })
        return endpoints[product] ?? endpoints["*"]
    }
}
