import APIConformCore
import ArgumentParser
import Foundation

/// Where contracts come from, first match wins: `--contracts DIR`, `$APICONFORM_CONTRACTS`,
/// `./cases/contracts`, else the five contracts built into the binary — so a copied binary works
/// from any directory and never depends on the checkout it was built from.
struct ContractsOption: ParsableArguments {
    @Option(name: .customLong("contracts"), help: ArgumentHelp(
        "Directory of contract files (default: $APICONFORM_CONTRACTS, else ./cases/contracts, else the contracts built into apiconform).",
        valueName: "DIR"))
    var directory: String?

    /// The place contracts are read from, as messages name it.
    enum Source: Equatable, CustomStringConvertible {
        case option(String)
        case environment(String)
        case workingDirectory
        case embedded

        var description: String {
            switch self {
            case .option(let path): return "--contracts \(path)"
            case .environment(let path): return "$APICONFORM_CONTRACTS (\(path))"
            case .workingDirectory: return "./\(ContractsOption.localDirectory)"
            case .embedded: return "the contracts built into apiconform \(APIConform.version)"
            }
        }
    }

    static let localDirectory = "cases/contracts"

    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> Source {
        if let directory { return .option(directory) }
        if let fromEnvironment = environment["APICONFORM_CONTRACTS"], !fromEnvironment.isEmpty { return .environment(fromEnvironment) }
        if FileManager.default.fileExists(atPath: Self.localDirectory) { return .workingDirectory }
        return .embedded
    }

    /// Loads every contract or prints the diagnostics (which name the source) and exits 2.
    func load() throws -> [Contract] {
        let sink = DiagnosticSink()
        let loader = ContractLoader(sink: sink)
        let contracts: [Contract]
        switch resolve() {
        case .option(let path), .environment(let path): contracts = loader.loadDirectory(path)
        case .workingDirectory: contracts = loader.loadDirectory(Self.localDirectory)
        case .embedded: contracts = loader.load(texts: EmbeddedContracts.files.map { ("<built-in>/\($0.name)", $0.text) })
        }
        try DiagnosticPrinter.exitIfAny(sink)
        return contracts
    }

    /// "unknown operation 'x' in <source>; did you mean …" — names where it looked.
    func unknownOperation(_ operation: String, known: [String]) -> ValidationError {
        let names = known.sorted()
        let hint = Suggestion.hint(for: operation, in: names) ?? "known operations: \(names.joined(separator: ", "))"
        return ValidationError("unknown operation '\(operation)' (contracts read from \(resolve())); \(hint)")
    }
}
