import APIConformReports
import ArgumentParser
import Foundation

/// Where and how a run's reports go: `--junit`, `--junit-dialect`, `--drift-report`, `--format`
/// (run, record and merge write the same set).
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Where to write the JUnit XML report; the run record (run.ndjson) goes beside it.", valueName: "PATH"))
    var junit: String = "reports/junit.xml"

    @Option(help: ArgumentHelp("portable (valid under the Jenkins and Ant JUnit schemas) or annotated (adds testcase file and line for GitHub and GitLab reporters).", valueName: "DIALECT"))
    var junitDialect: JUnitDialect = .portable

    @Option(name: .customLong("drift-report"), help: ArgumentHelp("Where drift.md and drift.html go (default: beside the JUnit report).", valueName: "DIR"))
    var driftReport: String?

    @Option(help: ArgumentHelp("text, json (the run record as NDJSON on stdout) or github (text plus annotations and a job summary; the default under GITHUB_ACTIONS).", valueName: "FORMAT"))
    var format: OutputFormat?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    /// The format asked for, or `github` inside a GitHub Actions job, else `text`.
    func resolvedFormat(environment: [String: String] = ProcessInfo.processInfo.environment) -> OutputFormat {
        format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
    }

    /// The folder of the JUnit report: drift reports (unless `--drift-report`) and the run record go there.
    var reportDirectory: String { (junit as NSString).deletingLastPathComponent.nonEmpty ?? "." }

    var driftDirectory: String { driftReport ?? reportDirectory }

    var runRecord: String { reportDirectory + "/run.ndjson" }
}

extension JUnitDialect: ExpressibleByArgument {}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
