import Foundation
import Testing
@testable import APIConformCore

/// For every rule of every bundled contract: a body derived from a conforming recording, breaking
/// that one rule, is caught at the right path; and no conforming recording produces any finding.
@Suite(.serialized) struct ContractMutationTests {
    @Test func conformingRecordingsProduceNoFindings() throws {
        let contracts = try Fixtures.contracts()
        let exchanges = try ConformingExchange.all(contracts: contracts)
        for contract in contracts {
            let evaluator = ContractEvaluator(contract: contract)
            for exchange in exchanges[contract.operation] ?? [] {
                let findings = evaluator.checkRequest(exchange.request) + evaluator.checkResponse(status: 200, body: exchange.body, request: exchange.request)
                #expect(findings.isEmpty, "\(contract.operation) \(exchange.caseName): \(findings.map { "\($0.rule) \($0.path) \($0.message)" })")
            }
        }
    }

    @Test func everyDeclaredRuleIsCaughtAtItsPath() throws {
        let contracts = try Fixtures.contracts()
        let exchanges = try ConformingExchange.all(contracts: contracts)
        var table = RuleCoverageTable()
        let policy = FindingPolicy()
        for contract in contracts {
            let planned = MutationPlanner(contract: contract, exchanges: exchanges[contract.operation] ?? []).plan()
            let evaluator = ContractEvaluator(contract: contract)
            // False alarms: any finding on a conforming exchange, counted against the rule that raised it.
            for exchange in exchanges[contract.operation] ?? [] {
                let findings = evaluator.checkRequest(exchange.request) + evaluator.checkResponse(status: 200, body: exchange.body, request: exchange.request)
                for finding in findings { table.falseAlarm(rule: finding.rule, operation: contract.operation) }
                table.conforming[contract.operation, default: 0] += 1
                for variant in ConformingVariants.all(exchange, contract: contract) {
                    let found = evaluator.checkResponse(status: 200, body: variant.body, request: exchange.request)
                    table.variant(kind: variant.kind)
                    for finding in found where !Self.isExpected(finding, of: variant, policy: policy, operation: contract.operation) {
                        Issue.record("\(contract.operation) \(exchange.caseName) \(variant.kind) \(variant.what): false alarm [\(finding.rule)] \(finding.path) \(finding.message)")
                        table.falseAlarm(rule: finding.rule, operation: contract.operation)
                    }
                    if variant.kind == "open enum" {
                        #expect(found.contains { $0.drift == .newEnumValue && OperationProfile.wildcarded($0.path) == variant.changed },
                                "\(contract.operation) \(variant.what): an open enum's new value is not reported as drift")
                    }
                    table.conforming[contract.operation, default: 0] += 1
                }
            }
            for mutation in planned {
                table.plant(rule: mutation.rule, operation: contract.operation)
                let bytes = JSONWriter().bytes(mutation.body)
                let findings = evaluator.checkRequest(mutation.request) + evaluator.checkResponse(status: mutation.status, body: bytes, request: mutation.request)
                let caught = findings.contains { $0.rule == mutation.rule && $0.side == mutation.side && $0.path == mutation.path }
                #expect(caught, "\(contract.operation) [\(mutation.rule)] \(mutation.side) \(mutation.path) (\(mutation.what)) not caught; found \(findings.map { "\($0.rule) \($0.path)" })")
                if caught { table.record(rule: mutation.rule, operation: contract.operation) }
            }
            table.declare(contract)
        }
        let rendered = table.markdown()
        print(rendered)
        // scripts/rule-coverage sets this to reports/rule-coverage.md; a test run writes nothing into the checkout.
        if let out = ProcessInfo.processInfo.environment["APICONFORM_RULE_COVERAGE"] {
            try rendered.write(toFile: out, atomically: true, encoding: .utf8)
        }
        for gap in table.gaps() {
            Issue.record("\(gap.operation) declares \(gap.rule) but no derived body broke it: add a recording where it occurs")
        }
        #expect(table.detection == 1, "detection \(table.detection) below 100 %")
        #expect(table.falseAlarms.values.flatMap(\.values).reduce(0, +) == 0, "false alarms on conforming exchanges")
    }
}

extension ContractMutationTests {
    /// What a conforming variant may still draw: an open enum's new value as drift that does not fail;
    /// for a dropped member, a finding about that member by a rule that needs it (an item without its
    /// filtered or identifying key broke that rule, it is no false alarm).
    static func isExpected(_ finding: Finding, of variant: ConformingVariants.Variant, policy: FindingPolicy, operation: String) -> Bool {
        let at = OperationProfile.wildcarded(finding.path)
        switch variant.kind {
        case "open enum":
            return at == variant.changed && finding.drift == .newEnumValue && policy.judge(finding, operation: operation, source: "mutation").0 != .fails
        case "absent":
            // filter_match reports an item without its key at the item itself.
            return at == variant.changed || (finding.rule == FilterMatchRule.key && variant.changed.hasPrefix(at + "."))
        default:
            return false
        }
    }
}

/// The rule × operation table: how many derived bodies each declared rule caught.
struct RuleCoverageTable {
    var caught: [String: [String: Int]] = [:]
    var planted: [String: [String: Int]] = [:]
    var falseAlarms: [String: [String: Int]] = [:]
    var conforming: [String: Int] = [:]
    var declared: [String: Set<String>] = [:]
    var operations: [String] = []
    var variants: [String: Int] = [:]

    mutating func variant(kind: String) {
        variants[kind, default: 0] += 1
    }

    mutating func record(rule: String, operation: String) {
        caught[rule, default: [:]][operation, default: 0] += 1
    }

    mutating func plant(rule: String, operation: String) {
        planted[rule, default: [:]][operation, default: 0] += 1
    }

    mutating func falseAlarm(rule: String, operation: String) {
        falseAlarms[rule, default: [:]][operation, default: 0] += 1
    }

    /// Caught over planted, every rule and operation together.
    var detection: Double {
        let all = planted.values.flatMap(\.values).reduce(0, +)
        return all == 0 ? 1 : Double(caught.values.flatMap(\.values).reduce(0, +)) / Double(all)
    }

    mutating func declare(_ contract: Contract) {
        operations.append(contract.operation)
        var rules = Set<String>()
        func walk(_ schema: FieldSchema) {
            for declared in schema.rules {
                if let undocumented = declared.rule as? UndocumentedFieldRule, undocumented.mode == .allow { continue }
                if let presence = declared.rule as? PresenceRule, presence.nullable, !presence.required { continue }
                rules.insert(type(of: declared.rule).key)
            }
            schema.fields.forEach(walk)
            schema.items.map(walk)
        }
        walk(contract.request)
        walk(contract.response)
        for invariant in contract.invariants + (contract.errors.map { [$0] } ?? []) { rules.insert(type(of: invariant.rule).key) }
        declared[contract.operation] = rules
    }

    func gaps() -> [(rule: String, operation: String)] {
        operations.flatMap { operation in
            (declared[operation] ?? []).sorted().filter { (caught[$0]?[operation] ?? 0) == 0 }.map { ($0, operation) }
        }
    }

    func markdown() -> String {
        var out = "| rule | " + operations.joined(separator: " | ") + " |\n|---|" + operations.map { _ in "---:" }.joined(separator: "|") + "|\n"
        for rule in RuleCatalog.all.map({ $0.key }) where rule != JSONSyntaxRule.key {
            let cells = operations.map { operation -> String in
                let alarms = falseAlarms[rule]?[operation] ?? 0
                guard declared[operation]?.contains(rule) == true else { return alarms == 0 ? "–" : "– (\(alarms) false)" }
                let hit = caught[rule]?[operation] ?? 0, all = planted[rule]?[operation] ?? 0
                return "\(hit)/\(all)" + (alarms == 0 ? "" : " (\(alarms) false)")
            }
            out += "| \(rule) | " + cells.joined(separator: " | ") + " |\n"
        }
        let totalPlanted = planted.values.flatMap(\.values).reduce(0, +), totalCaught = caught.values.flatMap(\.values).reduce(0, +)
        let totalAlarms = falseAlarms.values.flatMap(\.values).reduce(0, +), totalConforming = conforming.values.reduce(0, +)
        out += "\n– the contract does not use the rule; `caught/planted` counts derived bodies and requests that break the rule"
        out += " (a 0 would be a gap); `(n false)` counts findings on conforming exchanges.\n"
        out += "\nDetection: \(totalCaught)/\(totalPlanted) (\(totalPlanted == 0 ? 100 : totalCaught * 100 / totalPlanted) %). "
        out += "False alarms: \(totalAlarms) on \(totalConforming) conforming exchanges and variants (\(variants.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))).\n"
        return out
    }
}
