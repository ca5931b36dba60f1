import ArgumentParser
import Foundation

/// The entry point: ArgumentParser parses, and every way out maps to the documented exit codes
/// (0 all good, 1 findings, 2 bad input or configuration) — usage errors included.
@main
enum Main {
    static func main() async {
        do {
            var command = try APIConform.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = APIConform.exitCode(for: error)
            let message = APIConform.fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(ExitStatus.badInput)
        }
    }
}

/// The documented exit statuses.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
}

struct APIConform: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "apiconform",
        abstract: "Prove that cloud media-asset APIs keep their documented contract.",
        discussion: "Exit status: 0 everything holds, 1 findings, 2 bad input or configuration.",
        version: version,
        subcommands: [RunCommand.self, CheckCommand.self, LintCommand.self, RulesCommand.self, RecordCommand.self, ServeCommand.self, DiffCommand.self],
        defaultSubcommand: nil
    )
}
