import APIConformCore
import ArgumentParser
import Foundation

/// `--fail-on`: which severities fail a case. The others are reported as warnings — contract
/// decisions marked `suspicious` are ones reasonable users disagree with.
struct SeverityPolicyOption: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Severities that fail a case, comma-separated (violation, drift, suspicious).", valueName: "LIST"))
    var failOn: String = "violation,drift"

    var failing: Set<Severity> { Set(failOn.split(separator: ",").compactMap { Severity(rawValue: String($0).trimmingCharacters(in: .whitespaces)) }) }

    func validate() throws {
        for name in failOn.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where Severity(rawValue: name) == nil {
            throw ValidationError("unknown severity '\(name)' in --fail-on; use \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
