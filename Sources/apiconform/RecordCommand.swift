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
        discussion: "Signing headers and parameters, credential values and signed-URL parameters inside bodies never reach a recording."
    )

    @OptionGroup var contracts: ContractsOption
    @OptionGroup var target: TargetOption
    @OptionGroup var policy: SeverityPolicyOption
    @OptionGroup var drift: DriftOption
    @OptionGroup var reports: ReportOptions
    @OptionGroup var selection: SelectionOption

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
        let findingPolicy = try FindingPolicy.forRun(policy, target: target, drift: drift, workspace: workspace, clock: clock)
        let runner = SuiteRunner(contracts: workspace.contracts, transport: transport, concurrency: live.concurrency, measuresTime: !clock.isFixed,
                                 policy: findingPolicy, variables: try target.variables())
        let result = await runner.run(plan, startedAt: clock.startedAt, hostname: clock.hostname)
        await live.shutdown()
        let status = try RunReports(options: reports).finish(result)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
