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
        print("\(workspace.contracts.count) contracts and \(workspace.caseFiles.count) case files with \(workspace.caseFiles.reduce(0) { $0 + $1.cases.count }) cases, "
              + "\(accepted.count) accepted drift\(accepted.count == 1 ? "" : "s"): no problems.")
    }
}

/// Contracts and case files loaded together; any diagnostic stops the command with exit 2.
struct Workspace {
    var contracts: [Contract]
    var caseFiles: [CaseFile]

    static let defaultSuites = "cases/suites"

    /// The contracts the loaded case files use (credentials are checked for these only).
    var usedContracts: [Contract] {
        let operations = Set(caseFiles.map(\.operation))
        return contracts.filter { operations.contains($0.operation) }
    }

    static func load(contracts option: ContractsOption, paths: [String]) throws -> Workspace {
        let contracts = try option.load()
        let sink = DiagnosticSink()
        let files = CaseFileLoader.discover(paths.isEmpty ? [defaultSuites] : paths, sink: sink)
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        let caseFiles = files.compactMap(loader.loadFile)
        try DiagnosticPrinter.exitIfAny(sink)
        return Workspace(contracts: contracts, caseFiles: caseFiles)
    }
}
