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

/// Prints load diagnostics to standard error, compiler style, and stops the command with exit 2.
enum DiagnosticPrinter {
    static func exitIfAny(_ sink: DiagnosticSink) throws {
        guard !sink.isEmpty else { return }
        var sources: [String: String] = [:]
        var text = ""
        for diagnostic in sink.diagnostics {
            let file = diagnostic.location.file
            if sources[file] == nil { sources[file] = (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }
            text += RichDiagnostic.render(diagnostic, source: sources[file]) + "\n"
        }
        let count = sink.diagnostics.count
        text += "\(count) error\(count == 1 ? "" : "s") in the input; nothing ran.\n"
        FileHandle.standardError.write(Data(text.utf8))
        throw ExitCode(ExitStatus.badInput)
    }
}
