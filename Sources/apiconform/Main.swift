import APIConformReports
import ArgumentParser
import Foundation

/// The entry point: ArgumentParser parses, and every way out maps to the documented exit codes
/// (0 all good, 1 findings, 2 bad input or configuration, 3 errors without findings) — usage errors included.
@main
enum Main {
    static func main() async {
        // Errors a command throws once it runs are about its input, not its usage: they print alone.
        // Parse and validation errors print the usage of the subcommand they belong to.
        var running = false
        do {
            var command = try APIConform.parseNamedCommand()
            running = true
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = APIConform.exitCode(for: error)
            let message = running ? "Error: \(APIConform.message(for: error))" : APIConform.fullMessage(for: error)
            if code == .success {
                // --help, --version, --generate-completion-script: the text alone, never "Error: …".
                Console.out(APIConform.message(for: error))
                Foundation.exit(0)
            }
            Console.error(message)
            Foundation.exit(ExitStatus.badInput)
        }
    }
}

/// The documented exit statuses (a run stopped by SIGINT/SIGTERM exits 130/143).
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
    /// No contract finding, but some cases could not get a response (transport, recording): no verdict.
    static let noVerdict: Int32 = 3

    /// 1 when any case failed, else 3 when any case erred, else 0.
    static func of(_ totals: RunTotals) -> Int32 {
        totals.failed > 0 ? findings : totals.errors > 0 ? noVerdict : success
    }
}

struct APIConform: AsyncParsableCommand {
    static let version = "0.1.0"

    /// Parses the subcommand the first argument names as if it were the root: ArgumentParser reflects
    /// over every command of the tree it is given (passthrough and completion checks), which was most
    /// of a one-shot `check`'s own time. Anything that does not parse to that command — help (which
    /// parses to a help command that would not know the root), a typo, a usage error — is parsed again
    /// from the real root, so every message and exit status stays the root's (NamedCommandParsingTests).
    static func parseNamedCommand(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) throws -> ParsableCommand {
        if let name = arguments.first, let command = configuration.subcommands.first(where: { $0._commandName == name }),
           let parsed = try? command.parseAsRoot(Array(arguments.dropFirst())), type(of: parsed) == command {
            return parsed
        }
        return try parseAsRoot(arguments)
    }

    static let configuration = CommandConfiguration(
        commandName: "apiconform",
        abstract: "Prove that cloud media-asset APIs keep their documented contract.",
        discussion: "Exit status: 0 everything holds, 1 contract findings, 2 bad input or configuration, 3 no finding but some cases got no response (transport or recording errors), 130/143 stopped by SIGINT/SIGTERM.",
        version: version,
        subcommands: [RunCommand.self, CheckCommand.self, LintCommand.self, RulesCommand.self, RecordCommand.self, ServeCommand.self, DiffCommand.self, MergeCommand.self, InitCommand.self],
        defaultSubcommand: nil
    )
}
