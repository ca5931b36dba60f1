import ArgumentParser
import Foundation

/// The entry point: ArgumentParser parses, and every way out maps to the documented exit codes
/// (0 all good, 1 findings, 2 bad input or configuration, 3 errors without findings) — usage errors included.
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

/// The documented exit statuses (a run stopped by SIGINT/SIGTERM exits 130/143).
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
    /// `run`/`record`: no case failed, but errors (transport, recording) kept some from a verdict.
    static let noVerdict: Int32 = 3
}

struct APIConform: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "apiconform",
        abstract: "Prove that cloud media-asset APIs keep their documented contract.",
        discussion: "Exit status: 0 everything holds, 1 findings, 2 bad input or configuration, 3 (run, record) errors but no findings, 130/143 stopped by SIGINT/SIGTERM.",
        version: version,
        subcommands: [RunCommand.self, CheckCommand.self, LintCommand.self, RulesCommand.self, RecordCommand.self, ServeCommand.self, DiffCommand.self],
        defaultSubcommand: nil
    )
}
