import APIConformCore
import APIConformLive
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform record`: runs cases live and writes their recordings, redacted, then reports as `run` does.
struct RecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Run cases against a live target and write their recordings (secrets redacted).",
        discussion: """
            Signing headers and parameters, credential values and signed-URL parameters inside bodies never reach a recording. \
            A recording is never replaced by an exchange that failed, that rejected the credentials or signature, or that is \
            non-2xx where the case expects success: that case is an error and its recording is kept. Exit status as for run.
            """
    )

    @OptionGroup var contracts: ContractsOption
    @OptionGroup var target: TargetOption
    @OptionGroup var policy: SeverityPolicyOption
    @OptionGroup var drift: DriftOption
    @OptionGroup var reports: ReportOptions
    @OptionGroup var selection: SelectionOption

    @Flag(help: "Print only failing and erring cases and the summary (progress too).")
    var quiet = false

    @Argument(help: ArgumentHelp("Case files or directories (default: cases/suites).", valueName: "PATHS"))
    var paths: [String] = []

    func validate() throws {
        if target.isRecorded { throw ValidationError("record needs a live target: --target NAME from \(target.targets)") }
    }

    func run() async throws {
        let workspace = try Workspace.load(contracts: contracts, paths: paths)
        let plan = try selection.plan(workspace)
        let live = try target.liveTransport(for: workspace.usedContracts, mode: "record")
        let clock = RunClock.current()
        let transport = RecordingTransport(live: live, redactor: Redactor(secrets: live.secrets),
                                           recordedAt: clock.isFixed ? TimeFormat.iso8601UTC.format(Int64(clock.startedAt)) : nil)
        let findingPolicy = try FindingPolicy.forRun(policy, target: target, drift: drift, operations: workspace.contracts.map(\.operation), clock: clock)
        let runner = SuiteRunner(contracts: workspace.contracts, transport: transport, concurrency: live.concurrency, measuresTime: !clock.isFixed,
                                 policy: findingPolicy, variables: try target.variables())
        let progress = ProgressPrinter(quiet: quiet, lines: true)
        let (result, interruption) = await RunSession.execute(runner, plan: plan, clock: clock, progress: progress)
        await live.shutdown()
        let reported = try RunReports(options: reports, quiet: quiet).finish(result)
        Console.out(transport.ledger.summary, terminator: "")
        let status = RunSession.exitStatus(reported: reported, interruption: interruption)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
