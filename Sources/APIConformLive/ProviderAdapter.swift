import APIConformCore

/// A provider module: turns a case's request into a signed HTTP request. Called once per attempt,
/// so every attempt carries a fresh nonce and date.
public protocol ProviderAdapter: Sendable {
    func prepare(_ testCase: TestCase, contract: Contract, target: Target, credentials: Credentials) throws(CredentialError) -> PreparedRequest

    /// Whether an answer says the provider could not authenticate the request (unknown key, bad
    /// signature, expired token): such an answer is about our credentials, never about the operation,
    /// so record mode never keeps it.
    func rejectsCredentials(status: Int, code: String?) -> Bool

    /// Whether an error code says the provider throttled the request whatever the HTTP status (some
    /// gateways answer throttling with a 400), so that it is retried as a 429 is.
    func throttles(code: String) -> Bool

    /// The variables (named as the target names them) a call of `contract` needs and `credentials` lacks.
    func missingCredentials(for contract: Contract, target: Target, credentials: Credentials) -> [String]
}
