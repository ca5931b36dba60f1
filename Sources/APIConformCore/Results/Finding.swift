/// How bad a finding is: a broken contract, drift from what was documented or seen, or a smell.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case violation
    case drift
    case suspicious
}

/// Which object a finding's JSON path points into.
public enum FindingSide: String, Sendable, Hashable, Codable {
    case request
    case response
}

/// One rule that did not hold, at one JSON path.
public struct Finding: Hashable, Sendable {
    /// The rule's stable snake_case key, e.g. `time_format`.
    public var rule: String
    public var severity: Severity
    public var side: FindingSide
    /// A JSONPath into the request or response, e.g. `$.MediaInfos[3].MediaBasicInfo.CreateTime`.
    public var path: FindingPath
    /// One line that says what is wrong, in words a provider engineer would accept.
    public var message: String
    /// Where in a page walk the finding was seen; nil outside a walk (and for its first page).
    public var page: FindingPage?
    public var expected: String?
    public var actual: String?
    /// Where the rule was declared (contract file:line:col).
    public var declaredAt: SourceLocation?
    /// The documentation sentence the rule comes from.
    public var doc: String?
    /// What kind of change of shape this finding is, when it is one (response side only).
    public var drift: DriftKind?

    public init(
        rule: String, severity: Severity = .violation, side: FindingSide = .response, path: FindingPath,
        message: String, page: FindingPage? = nil, expected: String? = nil, actual: String? = nil,
        declaredAt: SourceLocation? = nil, doc: String? = nil, drift: DriftKind? = nil
    ) {
        self.page = page
        self.drift = drift
        self.rule = rule
        self.severity = severity
        self.side = side
        // Capped here, once, so no report can copy a hostile body's 10 MB string whole (`Excerpt`).
        self.path = Excerpt.capped(path)
        self.message = Excerpt.capped(message)
        self.expected = expected.map { Excerpt.capped($0) }
        self.actual = actual.map { Excerpt.capped($0) }
        self.declaredAt = declaredAt
        self.doc = doc
    }
}

extension Finding {
    /// The message as reports print it: `page 2: …` for a later page of a walk, `page walk: …` for
    /// what only the walk as a whole can see.
    public var text: String {
        switch page {
        case nil: return message
        case .number(let number)?: return "page \(number): " + message
        case .walk?: return "page walk: " + message
        }
    }
}
