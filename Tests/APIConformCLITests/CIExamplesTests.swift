import Foundation
import Testing

/// The CI examples of docs/ci.md and README.md use only subcommands and flags the binary has: every
/// `apiconform …` line in a code block is checked against the subcommand's `--help`, and top-level
/// invocations (`--version`, `--generate-completion-script zsh`) are run.
@Suite struct CIExamplesTests {
    /// Each `apiconform` invocation in the fenced code blocks of `file`: its words up to a shell operator or comment.
    static func invocations(in file: String) throws -> [[String]] {
        let text = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent(file), encoding: .utf8)
        var inBlock = false
        var found: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inBlock.toggle(); continue }
            guard inBlock else { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let start = words.firstIndex(where: { $0 == "apiconform" || $0.hasSuffix("/apiconform") }) else { continue }
            let rest = words[(start + 1)...].prefix { !["||", "&&", "|", ">", "#", ";"].contains($0) && !$0.hasPrefix("#") }
            if !rest.isEmpty { found.append(Array(rest)) }
        }
        return found
    }

    @Test(arguments: ["docs/ci.md", "README.md"])
    func everyCommandAndFlagExists(_ file: String) throws {
        let invocations = try Self.invocations(in: file)
        #expect(file != "docs/ci.md" || invocations.count >= 8, "\(invocations)")
        var helps: [String: String] = [:]
        for words in invocations {
            guard let first = words.first else { continue }
            if first.hasPrefix("-") {
                let result = try BinaryRunner.run(words)
                #expect(result.status == 0, "`apiconform \(words.joined(separator: " "))` in \(file): \(result.stderr)")
                continue
            }
            if helps[first] == nil {
                let result = try BinaryRunner.run([first, "--help"])
                #expect(result.status == 0, "`apiconform \(first)` in \(file) is not a subcommand: \(result.stderr)")
                helps[first] = result.stdout
            }
            let help = helps[first] ?? ""
            for flag in words.dropFirst() where flag.hasPrefix("--") {
                let name = "--" + String(flag.dropFirst(2).prefix { $0.isLetter || $0.isNumber || $0 == "-" })
                #expect(help.contains(name + " ") || help.contains(name + "\n"), "`apiconform \(first) \(name)` in \(file) is not a flag of \(first)")
            }
        }
    }

    @Test func theGitHubAndGitLabExamplesShard() throws {
        let lines = try Self.invocations(in: "docs/ci.md").map { $0.joined(separator: " ") }
        #expect(lines.contains { $0.hasPrefix("run --shard ${{ matrix.shard }}/3") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("run --shard $CI_NODE_INDEX/$CI_NODE_TOTAL") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("merge ") && $0.contains("--format github") }, "\(lines)")
    }
}

/// Help is help: no "Error:" before it, and `--concurrency` names its default once.
@Suite struct HelpTextTests {
    @Test func helpPrintsWithoutAnErrorPrefix() throws {
        for arguments in [["--help"], ["run", "--help"], ["help", "merge"]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("OVERVIEW: "), "apiconform \(arguments.joined(separator: " ")): \(result.stdout.prefix(80))")
        }
    }

    @Test func concurrencyHelpNamesOneDefault() throws {
        let help = try BinaryRunner.run(["run", "--help"]).stdout
        let paragraph = help.components(separatedBy: "--concurrency <N>").dropFirst().first?.components(separatedBy: "\n  --").first ?? ""
        #expect(paragraph.components(separatedBy: "default").count - 1 == 1, "\(paragraph)")
    }
}
