import APIConformCore
import APIConformStandIn
import ArgumentParser
import Foundation

/// `apiconform serve`: a loopback stand-in that answers provider-shaped requests from the recordings,
/// verifies signatures as the providers do, and injects latency, throttling and faults on request.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the recordings on 127.0.0.1 as a provider stand-in (signatures verified).",
        discussion: """
            Accepted credentials come from the same variables clients read: \(StandInProviders.acceptedVariables). \
            Faults: --fault N:KIND or N-M:KIND[@operation], KIND one of throttle, 500, reset, truncate, slow; \
            N counts requests from 1. With --synthetic-account SEED the answers come from a dataset generated \
            from SEED (filters, sorting, paging and batch partitions computed), not from the recordings.
            """
    )

    @OptionGroup var contracts: ContractsOption

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: Int = 8787

    @Option(name: .customLong("latency-ms"), help: "Milliseconds added to every answer.")
    var latencyMilliseconds: Int = 0

    @Option(name: .customLong("rate-limit"), help: "Requests per second before the stand-in throttles.")
    var rateLimit: Double?

    @Option(name: .customLong("fault"), help: ArgumentHelp("Inject a fault (repeatable).", valueName: "N[-M]:KIND[@OP]"))
    var faults: [String] = []

    @Option(name: .customLong("slow-seconds"), help: "How late a `slow` fault answers.")
    var slowSeconds: Double = 5

    @Option(name: .customLong("synthetic-account"),
            help: ArgumentHelp("Answer from an account generated from SEED instead of the recordings (docs/stand-in.md).", valueName: "SEED"))
    var syntheticSeed: String?

    @Argument(help: ArgumentHelp("Case files or directories whose recordings are served (default: cases/suites).", valueName: "PATHS"))
    var paths: [String] = []

    func validate() throws {
        for fault in faults where FaultPlan.parseRule(fault) == nil {
            throw ValidationError("cannot read --fault '\(fault)': write N:KIND or N-M:KIND[@operation], KIND one of \(FaultPlan.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535") }
    }

    func run() async throws {
        let workspace = try Workspace.load(contracts: contracts, paths: paths)
        let plan = FaultPlan(latency: Double(latencyMilliseconds) / 1000, rules: faults.compactMap(FaultPlan.parseRule),
                             slowSeconds: slowSeconds, rateLimit: rateLimit)
        let synthetic = syntheticSeed.map(SyntheticAccount.init(seed:))
        let answers: any AnswerSource = synthetic ?? RecordingIndex(caseFiles: workspace.caseFiles)
        let standIn = StandIn(contracts: workspace.contracts, answers: answers, verifier: StandInProviders.verifier(accepting: ProcessInfo.processInfo.environment),
                                plan: plan)
        let server = try await StandInServer.start(standIn, port: port)
        Console.out("apiconform stand-in: \(answers.summary) on http://127.0.0.1:\(server.port)")
        // Known ids of the synthetic account, ready for a target's `vars:`.
        if let synthetic {
            Console.out("vars:")
            for variable in synthetic.variables { Console.out("  \(variable.name): \"\(variable.value)\"") }
        }
        // Standard output is a pipe under a supervisor or a test: flush (all streams) so the port is seen at once.
        fflush(nil)
        try await server.wait()
    }
}
