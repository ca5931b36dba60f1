import APIConformCore
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform rules`: the rule catalog, as a list or as the Markdown reference in docs/rules.md.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule catalog.")

    @Flag(help: "Print the Markdown rule reference (docs/rules.md).")
    var markdown = false

    func run() {
        if markdown {
            print(RuleReference.markdown(), terminator: "")
        } else {
            for rule in RuleCatalog.all { print("\(rule.key.padding(toLength: 24, withPad: " ", startingAt: 0)) \(rule.summary)") }
            for finding in CaseFindingKey.allCases { print("\(finding.key.padding(toLength: 24, withPad: " ", startingAt: 0)) \(finding.summary)") }
        }
    }
}
