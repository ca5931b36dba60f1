import APIConformCore
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform diff OLD NEW`: what changed between two recording sets (say before and after an API
/// version or region switch), breaking versus additive, judged against the accepted drift.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two directories of recordings field by field.",
        discussion: """
            OLD and NEW are directories searched recursively for *.http recordings; a recording's operation \
            is its directory name, else its x-acs-action header or request path. Changes are graded by the \
            contracts: breaking, additive or info. Exit 0 when no breaking change is left unaccepted, 1 when \
            one is, 2 on bad input.
            """
    )

    @Argument(help: ArgumentHelp("The recordings before the change.", valueName: "OLD"))
    var old: String

    @Argument(help: ArgumentHelp("The recordings after the change.", valueName: "NEW"))
    var new: String

    @OptionGroup var contracts: ContractsOption

    @OptionGroup var drift: DriftOption

    @Option(help: ArgumentHelp("Also write the table as GitHub-flavoured Markdown (e.g. $GITHUB_STEP_SUMMARY).", valueName: "PATH"))
    var markdown: String?

    /// A missing directory is a usage error: there is no file and line to point at.
    func validate() throws {
        for directory in [old, new] {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw ValidationError("no directory of recordings at \(directory)")
            }
        }
    }

    func run() throws {
        Interruption.quitAtOnce()
        let loaded = try contracts.load()
        let acceptances = try drift.acceptances(operations: loaded.map(\.operation))
        let identifier = OperationIdentifier(contracts: loaded)
        let sink = DiagnosticSink()
        let before = RecordingProfile.build(directory: old, identifier: identifier, sink: sink)
        let after = RecordingProfile.build(directory: new, identifier: identifier, sink: sink)
        try DiagnosticPrinter.exitIfAny(sink)
        for file in before.unidentified + after.unidentified {
            Console.error("\(file): warning: no operation for this recording (its directory is no contract's operation, and neither its x-acs-action header nor its path matches one); left out")
        }
        let day = CalendarDay(secondsSince1970: RunClock.current().startedAt)
        let diff = ProfileDiff(old: before, new: after, contracts: loaded).judged(by: acceptances, on: day)
        Console.out(DiffConsoleReport.render(diff, old: before, new: after), terminator: "")
        if let markdown {
            do {
                try AtomicFile.write(Array(DiffMarkdownReport.render(diff, old: before, new: after).utf8), to: markdown)
            } catch {
                Console.error("error: cannot write the Markdown report to \(markdown): \(error)")
                throw ExitCode(ExitStatus.badInput)
            }
        }
        if diff.fails { throw ExitCode(ExitStatus.findings) }
    }
}
