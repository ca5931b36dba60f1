import APIConformCore
import ArgumentParser
import Foundation

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
        if paths.isEmpty && !FileManager.default.fileExists(atPath: defaultSuites) {
            throw ValidationError("""
                no case files given, and there is no ./\(defaultSuites) in \(FileManager.default.currentDirectoryPath); \
                pass case files or directories (apiconform run path/to/suite.yaml), or run where cases/suites is
                """)
        }
        let contracts = try option.load()
        let sink = DiagnosticSink()
        let files = CaseFileLoader.discover(paths.isEmpty ? [defaultSuites] : paths, sink: sink)
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        let caseFiles = files.compactMap(loader.loadFile)
        // Captures reach across files, so they are checked once every file is loaded.
        _ = RunPlan(files: caseFiles, contracts: Dictionary(contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first }), sink: sink)
        try DiagnosticPrinter.exitIfAny(sink)
        return Workspace(contracts: contracts, caseFiles: caseFiles)
    }
}
