import APIConformCore
import ArgumentParser

/// `apiconform lint`: load contracts and case files and report every problem, running nothing.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check contracts, case files, accepted drift and the drift policy without running anything.")

    @OptionGroup var contracts: ContractsOption

    @Argument(help: ArgumentHelp("Case files or directories (default: cases/suites).", valueName: "PATHS"))
    var paths: [String] = []

    @OptionGroup var drift: DriftOption

    func run() throws {
        let workspace = try Workspace.load(contracts: contracts, paths: paths)
        let accepted = try drift.acceptances(operations: workspace.contracts.map(\.operation))
        _ = try TargetOption.filePolicy()
        Console.out("\(workspace.contracts.count) contracts and \(workspace.caseFiles.count) case files with \(workspace.caseFiles.reduce(0) { $0 + $1.cases.count }) cases, "
              + "\(accepted.count) accepted drift\(accepted.count == 1 ? "" : "s"): no problems.")
    }
}
