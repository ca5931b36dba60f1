/// Where a case's request goes: recordings (replay), or a live endpoint in later modes.
public protocol Transport: Sendable {
    /// The mode name reported with each suite (`SuiteResult.mode`): `replay`, `live`, `record`.
    var mode: String { get }
    /// The target name reported with each suite (`SuiteResult.target`).
    var targetName: String { get }
    func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure>
}
