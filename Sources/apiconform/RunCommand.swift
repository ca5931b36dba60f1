import APIConformCore
import APIConformLive
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform run`: the suite, against recordings by default, reported to the console and JUnit XML.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run case files and write a JUnit XML report.",
        discussion: """
            Exit status: 0 every case holds (declared deviations are reported as skipped); 1 a case failed \
            (contract findings or failing drift); 2 bad input or configuration, before any request; 3 no case \
            failed but errors (transport faults, exhausted retries, missing recordings) kept some from a verdict; \
            130/143 stopped by SIGINT/SIGTERM (the report of what finished is written, the rest marked interrupted).
            Live and record runs print a line per finished case to stderr (a status line on a terminal).
            """
    )

    @OptionGroup var contracts: ContractsOption

    @OptionGroup var target: TargetOption

    @Option(help: ArgumentHelp("How many cases run at once, at least 1 (default: the number of cores; a live target's own cap still applies).", valueName: "N"))
    var concurrency: Int?

    @OptionGroup var policy: SeverityPolicyOption

    @OptionGroup var drift: DriftOption

    @OptionGroup var reports: ReportOptions

    @OptionGroup var selection: SelectionOption

    @Flag(help: "Print only failing and erring cases and the summary (progress too).")
    var quiet = false

    @Argument(help: ArgumentHelp("Case files or directories (default: cases/suites).", valueName: "PATHS"))
    var paths: [String] = []

    func validate() throws {
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1, got \(concurrency)") }
    }

    func run() async throws {
        let concurrency = self.concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        let workspace = try Workspace.load(contracts: contracts, paths: paths)
        let plan = try selection.plan(workspace)
        let clock = RunClock.current()
        let used = workspace.usedContracts
        let live = target.isRecorded ? nil : try target.liveTransport(for: used, mode: "live")
        let transport: any Transport = live ?? ReplayTransport()
        let findingPolicy = try FindingPolicy.forRun(policy, target: target, drift: drift, operations: workspace.contracts.map(\.operation), clock: clock)
        let runner = SuiteRunner(contracts: workspace.contracts, transport: transport, concurrency: concurrency,
                                 measuresTime: !clock.isFixed, policy: findingPolicy, variables: try target.variables())
        let progress = ProgressPrinter(quiet: quiet, lines: live != nil)
        let (result, interruption) = await RunSession.execute(runner, plan: plan, clock: clock, progress: progress)
        await live?.shutdown()
        let reported = try RunReports(options: reports, quiet: quiet).finish(result)
        let status = RunSession.exitStatus(reported: reported, interruption: interruption)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
