import Foundation
import Testing
@testable import APIConformCore

/// The catalog keeps its word: every rule type is listed under the snake_case of its name, every key
/// the sources emit is a catalog entry (the examples pin their messages word for word: RuleExampleTests).
@Suite struct RuleCatalogTests {
    static let sources = Fixtures.repositoryRoot.appendingPathComponent("Sources")

    /// Every Swift file under Sources, with its text.
    static func sourceFiles() throws -> [(name: String, text: String)] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            files.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
        }
        #expect(files.count > 100, "the sources were not found under \(sources.path)")
        return files
    }

    /// `ListCapRule` → `list_cap`, `JSONSyntaxRule` → `json_syntax`.
    static func snakeCase(_ typeName: String) -> String {
        let name = Array(typeName.hasSuffix("Rule") ? typeName.dropLast(4) : Substring(typeName))
        var out = ""
        for (index, character) in name.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = name[index - 1], next = index + 1 < name.count ? name[index + 1] : nil
                if previous.isLowercase || (previous.isUppercase && next?.isLowercase == true) { out += "_" }
            }
            out += character.lowercased()
        }
        return out
    }

    @Test func snakeCaseOfATypeName() {
        #expect(Self.snakeCase("ListCapRule") == "list_cap")
        #expect(Self.snakeCase("JSONSyntaxRule") == "json_syntax")
        #expect(Self.snakeCase("TypeRule") == "type")
    }

    @Test func everyRuleFileIsListedUnderTheSnakeCaseOfItsType() throws {
        let ruleFiles = try Self.sourceFiles().map(\.name).filter { $0.hasSuffix("Rule.swift") && $0 != "Rule.swift" }.map { String($0.dropLast(6)) }.sorted()
        let listed = RuleCatalog.all.map { String(describing: $0) }.sorted()
        #expect(ruleFiles == listed, "every *Rule.swift in Sources is one catalog rule, and every catalog rule has its file")
        for rule in RuleCatalog.all {
            #expect(rule.key == Self.snakeCase(String(describing: rule)), "\(rule) has key \(rule.key)")
        }
        #expect(Set(RuleCatalog.findingKeys).count == RuleCatalog.findingKeys.count, "a key is listed twice")
    }

    /// Keys spelled as literals in the sources (`"expect.count"`, `Finding(rule: "x"`) must be catalog keys;
    /// the emitters use `CaseFindingKey`, `DriftKind.findingKey` and `Rule.key`, so a new literal is a new key.
    @Test func everyKeyTheSourcesEmitIsInTheCatalog() throws {
        let known = Set(RuleCatalog.findingKeys)
        let literal = try Regex(#"Finding\(rule: "([^"]+)""#)
        let dotted = try Regex(#""((?:expect|drift)\.[a-z_]+)""#)
        for (name, text) in try Self.sourceFiles() where name != "EmbeddedContracts.swift" {
            for match in text.matches(of: literal) + text.matches(of: dotted) {
                let key = String(text[match.output[1].range!])
                #expect(known.contains(key), "\(name) emits '\(key)', which the rule catalog does not list")
            }
        }
        #expect(known.isSuperset(of: ["expect.status", "expect.error", "expect.count", "expect.present", "expect.absent",
                                      "expect.request_findings", "stale_deviation", "drift.type_change", "drift.new_field"]))
    }
}
