/// One case: a request to an operation and what this case expects beyond the contract.
public struct TestCase: Sendable {
    /// Stable name within its case file, e.g. `doc-example`; the JUnit testcase name.
    public var name: String
    public var summary: String?
    public var operation: String
    /// Request parameters as a client sends them; string values may hold `${…}` placeholders
    /// (`RequestTemplate`) until the run resolves them.
    public var request: JSONObject
    /// Values this case takes from earlier cases of the run, named as its placeholders name them.
    public var captures: [Capture]
    /// Server states the case needs; where one is not met the case is skipped with its reason.
    public var requirements: [Requirement]
    /// The recording file this case replays and records to.
    public var recordingPath: String
    public var expectation: Expectation
    public var deviations: [Deviation]
    public var tags: [String]
    /// Follow the listing across pages, up to this many (nil: one page).
    public var walkPages: Int?
    public var location: SourceLocation

    public init(name: String, summary: String?, operation: String, request: JSONObject, recordingPath: String,
                expectation: Expectation, deviations: [Deviation], tags: [String], location: SourceLocation) {
        self.name = name
        self.summary = summary
        self.operation = operation
        self.request = request
        self.recordingPath = recordingPath
        self.expectation = expectation
        self.deviations = deviations
        self.tags = tags
        self.location = location
        self.walkPages = nil
        self.captures = []
        self.requirements = []
    }

    /// The cases this one takes values from.
    public var sources: [CaseReference] { captures.map(\.source) }
}

extension TestCase {
    /// The derived case for page `number` of a walk: its own request and recording file.
    public func page(_ number: Int, request: JSONObject) -> TestCase {
        var page = self
        page.request = request
        if number > 1 {
            let base = recordingPath.hasSuffix(".http") ? String(recordingPath.dropLast(5)) : recordingPath
            page.recordingPath = "\(base).page\(number).http"
        }
        return page
    }
}

/// A case file: one operation, its cases, one JUnit testsuite.
public struct CaseFile: Sendable {
    public var path: String
    public var operation: String
    public var cases: [TestCase]

    public init(path: String, operation: String, cases: [TestCase]) {
        self.path = path
        self.operation = operation
        self.cases = cases
    }
}
