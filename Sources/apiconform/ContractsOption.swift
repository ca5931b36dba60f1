import APIConformCore
import ArgumentParser
import Foundation

/// Where contracts come from: `--contracts`, then `APICONFORM_CONTRACTS`, then `./cases/contracts`,
/// then the `cases/contracts` of the checkout this binary was built from (so `check` works anywhere).
struct ContractsOption: ParsableArguments {
    @Option(name: .customLong("contracts"), help: ArgumentHelp("Directory of contract files.", valueName: "DIR"))
    var directory: String?

    func resolve() -> String {
        if let directory { return directory }
        if let fromEnvironment = ProcessInfo.processInfo.environment["APICONFORM_CONTRACTS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        if FileManager.default.fileExists(atPath: "cases/contracts") { return "cases/contracts" }
        let builtFrom = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return builtFrom.appendingPathComponent("cases/contracts").path
    }

    /// Loads every contract or prints the diagnostics and exits 2.
    func load() throws -> [Contract] {
        let sink = DiagnosticSink()
        let contracts = ContractLoader(sink: sink).loadDirectory(resolve())
        try DiagnosticPrinter.exitIfAny(sink)
        return contracts
    }
}
