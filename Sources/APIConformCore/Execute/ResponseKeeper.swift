/// Passes a source case's exchanges through and keeps its first response (the one its captures read;
/// later walk pages go to their own recordings), so the case runner needs to know nothing of captures.
final class ResponseKeeper: Transport, @unchecked Sendable {
    let wrapped: any Transport
    /// Written once by the case's own task, read after it finished (the task group orders the two).
    private(set) var first: Exchange?

    init(_ wrapped: any Transport) {
        self.wrapped = wrapped
    }

    var mode: String { wrapped.mode }
    var targetName: String { wrapped.targetName }

    func reproduction(of testCase: TestCase, contract: Contract) -> String? { wrapped.reproduction(of: testCase, contract: contract) }
    func reportable(_ result: CaseResult) -> CaseResult { wrapped.reportable(result) }

    func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
        let result = await wrapped.exchange(for: testCase, contract: contract)
        if first == nil, case .success(let exchange) = result { first = exchange }
        return result
    }
}
