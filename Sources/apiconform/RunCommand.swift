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

    @Option(help: ArgumentHelp("Where to write the JUnit XML report.", valueName: "PATH"))
    var junit: String = "reports/junit.xml"

    @Option(help: ArgumentHelp("portable (valid under the Jenkins and Ant JUnit schemas) or annotated (adds testcase file and line for GitHub and GitLab reporters).", valueName: "DIALECT"))
    var junitDialect: JUnitDialect = .portable

    @Option(help: "How many cases run at once (default: the number of cores).")
    var concurrency: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var policy: SeverityPolicyOption

    @OptionGroup var drift: DriftOption

    @OptionGroup var driftReport: DriftReportOption

    @Flag(help: "Print only failing and erring cases and the summary (progress too).")
    var quiet = false

    @Argument(help: ArgumentHelp("Case files or directories (default: cases/suites).", valueName: "PATHS"))
    var paths: [String] = []

    func run() async throws {
        let workspace = try Workspace.load(contracts: contracts, paths: paths)
        let clock = RunClock.current()
        let used = workspace.usedContracts
        let live = target.isRecorded ? nil : try target.liveTransport(for: used, mode: "live")
        let transport: any Transport = live ?? ReplayTransport()
        let findingPolicy = try Self.findingPolicy(policy, target: target, drift: drift, workspace: workspace, clock: clock)
        let runner = SuiteRunner(contracts: workspace.contracts, transport: transport, concurrency: concurrency,
                                 measuresTime: !clock.isFixed, policy: findingPolicy)
        let progress = ProgressPrinter(quiet: quiet, lines: live != nil)
        let (result, interruption) = await RunSession.execute(runner, files: workspace.caseFiles, clock: clock, progress: progress)
        await live?.shutdown()
        let summary = DriftSummary(result)
        print(ConsoleReport(quiet: quiet).render(result, drift: summary), terminator: "")
        try Self.finish(result, drift: summary, junit: JUnitWriter(dialect: junitDialect), to: junit, driftDirectory: driftReport.directory(junit: junit))
        let status = RunSession.exitStatus(result, interruption: interruption)
        if status != ExitStatus.success { throw ExitCode(status) }
    }

    /// Severities, the target's drift policy and the accepted drift, judged on the run's day.
    static func findingPolicy(_ severities: SeverityPolicyOption, target: TargetOption, drift: DriftOption, workspace: Workspace,
                              clock: RunClock) throws -> FindingPolicy {
        FindingPolicy(failingSeverities: severities.failing, drift: try target.driftPolicy(),
                      acceptances: try drift.acceptances(operations: workspace.contracts.map(\.operation)),
                      day: CalendarDay(secondsSince1970: clock.startedAt))
    }

    /// Writes the JUnit report (the case suites and the `drift` suite) and the drift reports; the
    /// caller decides the exit status (`RunSession.exitStatus`).
    static func finish(_ result: RunResult, drift summary: DriftSummary, junit writer: JUnitWriter, to junit: String, driftDirectory: String) throws {
        var reported = result
        if !summary.isEmpty {
            let shared = result.suites.first?.properties.filter { $0.name != "operation" } ?? []
            reported.suites.append(DriftSuite.make(summary, properties: shared))
        }
        let markdown = driftDirectory + "/drift.md", html = driftDirectory + "/drift.html"
        do {
            try writer.write(reported, to: junit)
            try AtomicFile.write(Array(DriftMarkdown().render(summary, run: result).utf8), to: markdown)
            try AtomicFile.write(Array(DriftHTML().render(summary, run: result).utf8), to: html)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write the reports: \(error)\n".utf8))
            throw ExitCode(ExitStatus.badInput)
        }
        print("JUnit report: \(junit)")
        print("Drift reports: \(markdown), \(html)")
    }
}

extension JUnitDialect: ExpressibleByArgument {}
