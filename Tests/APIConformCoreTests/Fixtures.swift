import Foundation
@testable import APIConformCore

/// Paths into the repository and small builders shared by the core tests.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var contractsDirectory: String { repositoryRoot.appendingPathComponent("cases/contracts").path }

    /// The bundled contracts, which must load without a diagnostic.
    static func contracts() throws -> [Contract] {
        let sink = DiagnosticSink()
        let contracts = ContractLoader(sink: sink).loadDirectory(contractsDirectory)
        guard sink.isEmpty else { throw FixtureError(message: sink.diagnostics.map(\.description).joined(separator: "\n")) }
        return contracts
    }

    static func contract(_ operation: String) throws -> Contract {
        guard let contract = try contracts().first(where: { $0.operation == operation }) else {
            throw FixtureError(message: "no bundled contract for \(operation)")
        }
        return contract
    }

    /// Loads a case file from text against the bundled contracts and returns the diagnostics' compact lines.
    static func caseFileDiagnostics(_ yaml: String, file: String = "cases/suites/broken.yaml") throws -> [String] {
        let sink = DiagnosticSink()
        _ = CaseFileLoader(contracts: try contracts(), sink: sink).load(text: yaml, file: file)
        return sink.diagnostics.map(\.description)
    }

    static func contractDiagnostics(_ yaml: String, file: String = "cases/contracts/broken.yaml") -> [String] {
        let sink = DiagnosticSink()
        _ = ContractLoader(sink: sink).load(text: yaml, file: file)
        return sink.diagnostics.map(\.description)
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
