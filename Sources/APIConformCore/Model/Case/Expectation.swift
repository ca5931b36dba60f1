/// What a case expects of its exchange, beyond the contract.
public struct Expectation: Sendable {
    /// The exact status; nil means any 2xx unless an error is expected.
    public var status: Int?
    /// Item counts at paths, exact or bounded: `count: {$.MediaInfos: 2}`, `{$.MediaInfos: {max: MaxResults}}`.
    public var counts: [CountExpectation]
    /// Paths that must exist / must not exist.
    public var present: [JSONPathPattern]
    public var absent: [JSONPathPattern]
    /// The provider error this case provokes on purpose: its code, matched exactly.
    public var errorCode: String?
    /// Request rules this case breaks on purpose; their findings are expected, not failures.
    public var requestFindings: [String]
    /// `equals:`, `matches:`, `one_of:` on body paths and `headers:`, in the order written.
    public var values: [ValueExpectation] = []
    public var location: SourceLocation

    public init(status: Int? = nil, counts: [CountExpectation] = [], present: [JSONPathPattern] = [],
                absent: [JSONPathPattern] = [], errorCode: String? = nil, requestFindings: [String] = [], location: SourceLocation) {
        self.status = status
        self.counts = counts
        self.present = present
        self.absent = absent
        self.errorCode = errorCode
        self.requestFindings = requestFindings
        self.location = location
    }

    /// Whether this case expects the provider to refuse the request.
    public var expectsError: Bool { errorCode != nil || (status.map { !(200..<300).contains($0) } ?? false) }
}

/// A finding a case declares as known, with the reason: reported as skipped, never failing.
public struct Deviation: Sendable {
    public var rule: String
    /// Which paths it covers (`$.MediaInfos[*].MediaId`); nil covers every path of the rule.
    public var path: JSONPathPattern?
    public var reason: String
    public var location: SourceLocation

    public init(rule: String, path: JSONPathPattern?, reason: String, location: SourceLocation) {
        self.rule = rule
        self.path = path
        self.reason = reason
        self.location = location
    }

    public func covers(_ finding: Finding) -> Bool {
        guard finding.rule == rule else { return false }
        guard let path else { return true }
        return path.matches(finding.path)
    }
}
