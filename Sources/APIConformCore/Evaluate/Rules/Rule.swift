/// What every rule in the catalog declares about itself; the rule reference (`docs/rules.md`) and
/// the example tests are generated from it.
public protocol Rule: Sendable {
    /// Stable snake_case key; the YAML key or `rule:` value that configures it.
    static var key: String { get }
    /// One line for the rule reference and for `apiconform rules`.
    static var summary: String { get }
    /// How to configure it and what it decides.
    static var discussion: String { get }
    /// Inputs that trigger the rule and inputs that keep it quiet; they are its tests.
    static var examples: [RuleExample] { get }
}

/// A rule configured on a field declaration, checking that one field's value.
public protocol FieldRule: Rule {
    /// The keys of a field declaration that configure this rule (e.g. `required`, `nullable`).
    static var fieldKeys: [String] { get }
    /// Builds the rule from a field declaration that uses at least one of `fieldKeys`.
    static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> Self?
    /// When the loader attaches the rule (default: when one of `fieldKeys` is used).
    static var scope: FieldRuleScope { get }
    /// Whether a field's plain `severity: suspicious` covers this rule. The shape rules (`type`,
    /// `presence`) say false: a judgement call written on a field must not soften a change of type;
    /// they take a severity only when named, `severity: {type: drift}`.
    static var takesFieldSeverity: Bool { get }
    /// Request parameters the rule reads (validated against the contract at load).
    var parameterNames: [String] { get }
    /// Checks the value at `path`; `value` is nil when the field is absent.
    func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure]
}

/// A rule over a whole response (sort order, filters, batch partitions, paging, relations).
public protocol InvariantRule: Rule {
    /// The keys an invariant declaration may use besides `rule`, `doc` and `severity`.
    static var invariantKeys: [String] { get }
    static func make(from declaration: MappingReader, sink: DiagnosticSink) -> Self?
    /// True for rules over the request's parameters (`request_relation`): checked with the request
    /// as the document, before anything is sent, and reported as request findings.
    static var checksRequest: Bool { get }
    /// The top-level contract section that declares the rule, without `rule:`, instead of an entry
    /// of `invariants:` (`errors` for `error_shape`); nil for the rules listed under `invariants:`.
    static var section: String? { get }
    var parameterNames: [String] { get }
    func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure]
}

/// When the contract loader attaches a field rule.
public enum FieldRuleScope: Sendable {
    /// When the field declaration uses one of the rule's keys.
    case declared
    /// On every field (the rule's `make` decides from the declaration).
    case everyField
    /// On every declared object, built by the loader from the object's members.
    case everyObject
}

extension FieldRule {
    public var parameterNames: [String] { [] }
    public static var scope: FieldRuleScope { .declared }
    public static var takesFieldSeverity: Bool { true }
}

extension InvariantRule {
    public var parameterNames: [String] { [] }
    public static var checksRequest: Bool { false }
    public static var section: String? { nil }
}

/// What a rule reports; the evaluator adds the rule key, severity, side, declaration and doc.
public struct RuleFailure: Hashable, Sendable {
    public var path: JSONPath
    public var message: String
    public var expected: String?
    public var actual: String?
    /// Set by the schema rules when the failure is a change of shape (see `DriftKind`).
    public var drift: DriftKind?

    public init(path: JSONPath, message: String, expected: String? = nil, actual: String? = nil, drift: DriftKind? = nil) {
        self.path = path
        self.message = message
        self.expected = expected
        self.actual = actual
        self.drift = drift
    }
}

/// One documented input of a rule and the findings it must produce (none: it must stay quiet).
public struct RuleExample: Sendable {
    public var title: String
    /// Contract sections in YAML (`request:`, `response:`, `invariants:`, `errors:`), without the header.
    public var contract: String
    /// The request parameters as a JSON object.
    public var request: String
    public var status: Int
    /// The response body.
    public var body: String
    /// Every finding of this rule, in order, as `path: message` (response) or `request:path: message`,
    /// the message exactly as reports print it, e.g. `$.Status: "Deleted" is not in the documented set`.
    public var findings: [String]

    public init(_ title: String, contract: String, request: String = "{}", status: Int = 200, body: String, findings: [String] = []) {
        self.title = title
        self.contract = contract
        self.request = request
        self.status = status
        self.body = body
        self.findings = findings
    }

    public var triggers: Bool { !findings.isEmpty }
}
