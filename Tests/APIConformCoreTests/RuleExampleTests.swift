import Testing
import Foundation
@testable import APIConformCore

/// Every rule's documented examples are its tests: each triggering example produces exactly the
/// findings it lists, in order and word for word (and no others), each quiet example produces none at all.
@Suite struct RuleExampleTests {
    static let cases: [(String, RuleExample)] = RuleCatalog.all.flatMap { rule in rule.examples.map { (rule.key, $0) } }

    @Test("rule examples", arguments: cases.indices)
    func example(_ index: Int) throws {
        let (key, example) = Self.cases[index]
        let findings = try RuleHarness.findings(for: example)
        let label = "\(key): \(example.title)"
        if example.findings.isEmpty {
            #expect(findings.isEmpty, "\(label) should stay quiet but found:\n\(findings.map(RuleHarness.describe).joined(separator: "\n"))")
            return
        }
        #expect(findings.allSatisfy { $0.rule == key }, "\(label) fired other rules:\n\(findings.map(RuleHarness.describe).joined(separator: "\n"))")
        // Exactly these findings, in this order, each message word for word.
        #expect(findings.map(RuleHarness.spelled) == example.findings, "\(label)")
    }

    @Test func everyRuleHasFiringAndQuietExamples() {
        for rule in RuleCatalog.all {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.key) has no example that fires")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.key) has no example that stays quiet")
        }
    }

    @Test func ruleKeysAreUniqueSnakeCase() {
        let keys = RuleCatalog.all.map { $0.key }
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(key.allSatisfy { $0.isLowercase || $0 == "_" }, "\(key) is not snake_case")
        }
        let fieldKeys = RuleCatalog.fieldRules.flatMap { $0.fieldKeys }
        #expect(Set(fieldKeys).count == fieldKeys.count, "two field rules claim the same YAML key")
    }
}

/// Runs an example through the real loader and evaluator.
enum RuleHarness {
    static func findings(for example: RuleExample) throws -> [Finding] {
        let sink = DiagnosticSink()
        let yaml = "operation: example.Operation\nprovider: alibaba\nhttp: {method: POST, path: /, action: Operation, version: \"2020-01-01\"}\n" + example.contract
        let contract = ContractLoader(sink: sink).load(text: yaml, file: "example.yaml")
        guard let contract, sink.isEmpty else {
            throw ExampleError(message: "example contract does not load: \(sink.diagnostics.map(\.description))")
        }
        guard let request = try JSONReader().parse(example.request).objectValue else {
            throw ExampleError(message: "example request is not an object")
        }
        let evaluator = ContractEvaluator(contract: contract)
        return evaluator.evaluate(Exchange(status: example.status, headers: [], body: Array(example.body.utf8)), request: request).findings
    }

    /// A finding as an example spells it: `path: message`, or `request:path: message`.
    static func spelled(_ finding: Finding) -> String {
        "\(finding.side == .request ? "request:" : "")\(finding.path): \(finding.text)"
    }

    static func describe(_ finding: Finding) -> String {
        "  [\(finding.rule)] \(finding.side == .request ? "request:" : "")\(finding.path): \(finding.message)"
    }

    struct ExampleError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
