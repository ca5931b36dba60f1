/// The finding keys that no contract rule raises: what a case expects of its exchange, a declared
/// deviation that no longer occurs, and (see `DriftKind.findingKey`) the drift summary's entries.
/// They are catalog entries like the rules (`RuleCatalog.findingKeys`), documented in docs/rules.md.
public enum CaseFindingKey: String, Sendable, CaseIterable {
    case status = "expect.status"
    case errorCode = "expect.error"
    case count = "expect.count"
    case present = "expect.present"
    case absent = "expect.absent"
    case equals = "expect.equals"
    case matches = "expect.matches"
    case oneOf = "expect.one_of"
    case headers = "expect.headers"
    case requestFindings = "expect.request_findings"
    case staleDeviation = "stale_deviation"

    public var key: String { rawValue }

    /// The case-file key that configures it (nil: none does).
    public var configuredBy: String? {
        switch self {
        case .status: return "`expect.status:` (default: any 2xx, or an error status when `error:` is expected)"
        case .errorCode: return "`expect.error.code:`"
        case .staleDeviation: return nil
        default: return "`\(rawValue):`"
        }
    }

    /// One line for the rule reference.
    public var summary: String {
        switch self {
        case .status: return "The status is the one the case's `expect: {status: N}` names, else 2xx (or, with `error_code`, an error status)."
        case .errorCode: return "The provider error code in the body (the contract's `errors: {code: …}` field) is the case's `expect: {error_code: …}`."
        case .count: return "The items at a path number within the case's `expect: {count: …}` bounds (constants or request parameters)."
        case .present: return "Every path of the case's `expect: {present: […]}` selects at least one value."
        case .absent: return "No path of the case's `expect: {absent: […]}` selects a value."
        case .equals: return "A value at a body path is the one the case expects (numbers by value); an absent path fails."
        case .matches: return "A value at a body path matches the case's regular expression; an absent path fails."
        case .oneOf: return "A value at a body path is one of the values the case lists; an absent path fails."
        case .headers: return "A response header is present and equals / matches what the case expects."
        case .requestFindings: return "Each rule the case's `expect: {request_findings: […]}` says the request breaks does fire on it."
        case .staleDeviation: return "A case's declared deviation still occurs; one that no longer does must be removed."
        }
    }
}

extension DriftKind {
    /// The key the drift summary lists this kind of drift under (`drift.type_change`), in the JUnit
    /// `drift` suite and the catalog.
    public var findingKey: String { "drift.\(rawValue)" }
}
