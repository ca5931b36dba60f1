import APIConformCore
import ArgumentParser
import Foundation

/// `--accepted-drift FILE`: known changes with a reason and an optional expiry (run, record, check, diff, lint).
struct DriftOption: ParsableArguments {
    static let defaultAccepted = "cases/accepted-drift.yaml"

    @Option(name: .customLong("accepted-drift"), help: ArgumentHelp("Drift accepted with a reason and optional expiry (read when it exists).", valueName: "FILE"))
    var acceptedDrift: String = defaultAccepted

    /// The acceptances, or exit 2 with every problem; a missing default file means none.
    func acceptances(operations: [String]) throws -> [DriftAcceptance] {
        try acceptances(known: KnownOperations(operations))
    }

    func acceptances(known: KnownOperations) throws -> [DriftAcceptance] {
        if acceptedDrift == Self.defaultAccepted && !FileManager.default.fileExists(atPath: acceptedDrift) { return [] }
        let sink = DiagnosticSink()
        let acceptances = DriftAcceptanceLoader(sink: sink, known: known).loadFile(acceptedDrift)
        try DiagnosticPrinter.exitIfAny(sink)
        return acceptances
    }
}
