/// Where a case's request goes: recordings (replay), or a live endpoint in later modes.
public protocol Transport: Sendable {
    /// The mode name reported with each suite (`SuiteResult.mode`): `replay`, `live`, `record`.
    var mode: String { get }
    /// The target name reported with each suite (`SuiteResult.target`).
    var targetName: String { get }
    func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure>
    /// How a reader sends this case again by hand, for a failing or erring case: command lines with
    /// secrets written as the variables they come from, never their values. Nil where the case file
    /// and its recording already are the reproduction (replay).
    func reproduction(of testCase: TestCase, contract: Contract) -> String?
    /// A case's result as the reports may carry it. A transport whose bodies reach the rules as the
    /// server sent them (live) removes secrets here, from the little the result quotes of them,
    /// rather than from every byte of every body; one whose bodies are already clean returns it as is.
    func reportable(_ result: CaseResult) -> CaseResult
}

extension Transport {
    public func reproduction(of testCase: TestCase, contract: Contract) -> String? { nil }
    public func reportable(_ result: CaseResult) -> CaseResult { result }
}
