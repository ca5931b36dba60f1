import ArgumentParser
import Testing
@testable import apiconform

/// `parseNamedCommand` parses the named subcommand alone (start-up) and must mean what the root's
/// parse means: the same command, the same values, and for anything that does not parse — help, a
/// typo, a usage error — the root's own message.
@Suite struct NamedCommandParsingTests {
    static let parses: [[String]] = [
        ["check", "--operation", "ice.ListMediaBasicInfos", "body.json"],
        ["check", "--ndjson", "--format", "json", "--fail-on", "violation", "a.ndjson", "b.ndjson"],
        ["run", "--quiet", "--filter", "ice.*", "--shard", "1/3"],
        ["lint"], ["rules", "--markdown"], ["merge", "a.ndjson", "--junit", "out.xml"],
        ["serve", "--port", "0"],
    ]

    @Test(arguments: parses)
    func theNamedCommandParsesAsTheRootDoes(_ arguments: [String]) throws {
        let root = try APIConform.parseAsRoot(arguments)
        let named = try APIConform.parseNamedCommand(arguments)
        #expect(type(of: named) == type(of: root))
        #expect(String(describing: named) == String(describing: root))
    }

    static let refusals: [[String]] = [
        ["check", "--help"], ["check"], ["check", "--operation"], ["check", "--bogus", "x"], ["chek", "x"],
        ["run", "--shard", "0/2"], ["--version"], ["help", "check"], [],
    ]

    @Test(arguments: refusals)
    func whatDoesNotParseGetsTheRootsMessage(_ arguments: [String]) throws {
        #expect(Self.outcome { try APIConform.parseNamedCommand(arguments) } == Self.outcome { try APIConform.parseAsRoot(arguments) })
    }

    /// What a parse gives: the command (`help check` parses to the help command), or the error's
    /// texts and exit code as `Main` would print them.
    static func outcome(_ parse: () throws -> ParsableCommand) -> String {
        do {
            let command = try parse()
            return "parsed \(type(of: command)): \(command)"
        } catch {
            return "\(APIConform.exitCode(for: error).rawValue) \(APIConform.message(for: error)) | \(APIConform.fullMessage(for: error))"
        }
    }
}
