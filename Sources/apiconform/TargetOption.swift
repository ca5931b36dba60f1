import APIConformCore
import APIConformLive
import ArgumentParser
import Foundation

/// `--target NAME` and `--targets FILE`: where live and record modes send requests.
struct TargetOption: ParsableArguments {
    @Option(help: ArgumentHelp("A target from the targets file; `recorded` (the default) replays recordings.", valueName: "NAME"))
    var target: String = "recorded"

    @Option(help: ArgumentHelp("The targets file.", valueName: "FILE"))
    var targets: String = "cases/targets.yaml"

    var isRecorded: Bool { target == "recorded" }

    /// The drift policy of the run: the target's, or for `recorded` the targets file's top-level one
    /// (the built-in default when there is no targets file).
    func driftPolicy() throws -> DriftPolicy {
        isRecorded ? try Self.filePolicy(targets) : try load().drift
    }

    /// The top-level `drift:` policy of a targets file; the built-in default when there is no such file.
    static func filePolicy(_ path: String = "cases/targets.yaml") throws -> DriftPolicy {
        guard FileManager.default.fileExists(atPath: path) else { return DriftPolicy() }
        let sink = DiagnosticSink()
        let document = TargetsLoader(sink: sink).loadDocument(path)
        try DiagnosticPrinter.exitIfAny(sink)
        return document.drift
    }

    /// What `${vars.NAME}` and `${env.NAME}` resolve to: the target's vars, or for `recorded` the
    /// targets file's top-level `vars:` (none without a targets file), and the environment.
    func variables() throws -> RunVariables {
        let environment = ProcessInfo.processInfo.environment
        if !isRecorded { return RunVariables(vars: try load().vars, environment: environment) }
        guard FileManager.default.fileExists(atPath: targets) else { return RunVariables(environment: environment) }
        let sink = DiagnosticSink()
        let document = TargetsLoader(sink: sink).loadDocument(targets)
        try DiagnosticPrinter.exitIfAny(sink)
        return RunVariables(vars: document.vars, environment: environment)
    }

    /// The named target, or exit 2 naming the problem.
    func load() throws -> Target {
        let sink = DiagnosticSink()
        let all = TargetsLoader(sink: sink).loadFile(targets)
        try DiagnosticPrinter.exitIfAny(sink)
        guard let found = all.first(where: { $0.name == target }) else {
            let names = all.map(\.name)
            throw ValidationError("no target '\(target)' in \(targets); \(Suggestion.hint(for: target, in: names) ?? "targets: \(names.joined(separator: ", "))")")
        }
        return found
    }

    /// A live transport for the target, after checking that every credential the contracts need is set.
    func liveTransport(for contracts: [Contract], mode: String) throws -> LiveTransport {
        let target = try load()
        let credentials = Credentials.read(target.credentialVariables, environment: ProcessInfo.processInfo.environment)
        let missing = Credentials.missing(for: contracts, target: target, credentials: credentials)
        if !missing.isEmpty {
            Console.error("error: \(CredentialError(variables: missing).description)")
            throw ExitCode(ExitStatus.badInput)
        }
        for contract in contracts where target.endpoint(for: contract.operation) == nil {
            throw ValidationError("target '\(target.name)' has no endpoint for \(contract.operation): add it under endpoints in \(targets)")
        }
        return LiveTransport(target: target, credentials: credentials, adapters: ProviderAdapters.all, mode: mode)
    }
}
