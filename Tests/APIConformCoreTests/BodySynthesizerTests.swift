import Testing
@testable import APIConformCore
import APIConformSynthesis

/// Bodies synthesised from a contract conform to it: the benchmarks measure real work, not findings.
@Suite struct BodySynthesizerTests {
    @Test(arguments: [1, 10])
    func synthesisedExchangesConform(_ pageSize: Int) throws {
        for contract in try Fixtures.contracts() {
            let synthesizer = BodySynthesizer(contract: contract, pageSize: pageSize, seed: 7)
            let (request, body) = synthesizer.response(for: synthesizer.request())
            let evaluator = ContractEvaluator(contract: contract)
            let findings = evaluator.evaluate(Exchange(status: 200, headers: [], body: JSONWriter().bytes(body)), request: request).findings
            #expect(findings.isEmpty, "\(contract.operation): \(findings.prefix(5).map { "\($0.rule) \($0.side) \($0.path) \($0.message)" })")
        }
    }
}
