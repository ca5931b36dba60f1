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
        let contracts = load(sink: sink)
        try DiagnosticPrinter.exitIfAny(sink)
        return contracts
    }

    /// The contracts of the files whose names `include` accepts, wherever contracts come from.
    func load(sink: DiagnosticSink, include: (String) -> Bool = { _ in true }) -> [Contract] {
        let loader = ContractLoader(sink: sink)
        switch resolve() {
        case .option(let path), .environment(let path): return loader.loadDirectory(path, include: include)
        case .workingDirectory: return loader.loadDirectory(Self.localDirectory, include: include)
        case .embedded:
            return loader.load(texts: EmbeddedContracts.files.filter { include($0.name) }.map { ("<built-in>/\($0.name)", $0.text) })
        }
    }

    /// The contract of one operation, reading only the file named after it (`OP.yaml` or `OP.yml`, as
    /// `init` and the bundled contracts name them) when that file declares it: loading every contract
    /// was most of a one-shot `check`, and a broken contract of another operation does not stop it.
    /// Otherwise (no such file, or it declares another operation) every contract is loaded, so a file
    /// named otherwise is still found and an unknown name gets its "did you mean" as before.
    func contract(for operation: String) throws -> Contract {
        let names = ["\(operation).yaml", "\(operation).yml"]
        let sink = DiagnosticSink()
        let named = load(sink: sink, include: { names.contains($0) })
        try DiagnosticPrinter.exitIfAny(sink)
        if let contract = named.first(where: { $0.operation == operation }) { return contract }
        let loaded = try load()
        guard let contract = loaded.first(where: { $0.operation == operation }) else {
            throw unknownOperation(operation, known: loaded.map(\.operation))
        }
        return contract
    }

    /// The operations `contract(for:)` knows at once (that one) and, only when asked about another,
    /// the operations of every contract that loads (problems in the others are `lint`'s to report).
    func known(after operation: String) -> KnownOperations {
        KnownOperations(loaded: [operation], others: { load(sink: DiagnosticSink()).map(\.operation) })
    }

    /// "unknown operation 'x' in <source>; did you mean …" — names where it looked.
    func unknownOperation(_ operation: String, known: [String]) -> ValidationError {
        let names = known.sorted()
        let hint = Suggestion.hint(for: operation, in: names) ?? "known operations: \(names.joined(separator: ", "))"
        return ValidationError("unknown operation '\(operation)' (contracts read from \(resolve())); \(hint)")
    }
}
