import APIConformCore
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform check`: one response body against an operation's contract, for curl and SDK pipelines.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check one response body against an operation's contract.",
        discussion: """
            BODY is a file, or - for standard input. Every finding is printed with its severity and its verdict \
            (fails, warns or accepted); --fail-on \
            decides which severities make the exit status 1 (default violation,drift), and drift is judged as in `run` \
            (the drift policy of --target, by default the top-level one of cases/targets.yaml: breaking fails and additive \
            warns by default; --accepted-drift). With --request, request-bound rules (caps bound to \
            MaxResults, filters, sort direction, time windows, batch partitions) are checked too, and the \
            request itself is checked against the contract; without it those rules do not run and the output \
            lists them as skipped. Exit 0 conforming, 1 findings, 2 bad input.
            """
    )

    @Option(help: ArgumentHelp("The operation, e.g. ice.ListMediaBasicInfos.", valueName: "OP"))
    var operation: String

    @Option(help: ArgumentHelp("A JSON object of the request parameters as the client sent them.", valueName: "REQ.json"))
    var request: String?

    @Option(help: "The HTTP status of the response.")
    var status: Int = 200

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var contracts: ContractsOption

    @OptionGroup var policy: SeverityPolicyOption

    @OptionGroup var drift: DriftOption

    @OptionGroup var target: TargetOption

    @Argument(help: ArgumentHelp("The response body: a file, or - for standard input.", valueName: "BODY"))
    var body: String

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let loaded = try contracts.load()
        guard let contract = loaded.first(where: { $0.operation == operation }) else {
            throw contracts.unknownOperation(operation, known: loaded.map(\.operation))
        }
        let requestObject = try readRequest()
        let bytes = try readBody()
        // Without --request the request is unknown: it is not checked, and rules that read it do not run.
        let evaluator = ContractEvaluator(contract: contract, requestKnown: request != nil)
        let findings = bytes.map { evaluator.evaluate(Exchange(status: status, headers: [], body: $0), request: requestObject).findings }
            ?? (request == nil ? [] : evaluator.checkRequest(requestObject)) + [InputLimitRule.oversizedBody()]
        let skipped = request == nil && (200..<300).contains(status) ? evaluator.requestBoundRules() : []
        // Severities, the drift policy and accepted drift decide each finding's verdict and the exit status, as in `run`.
        let judge = try FindingPolicy.forRun(policy, target: target, drift: drift, operations: loaded.map(\.operation), clock: RunClock.current())
        let judged = findings.map { ($0, judge.judge($0, operation: operation, source: "check").0) }
        switch format {
        case .json: print(FindingsJSON.render(judged, skipped: skipped))
        case .text: Console.out(FindingText.report(judged, operation: operation, skipped: skipped), terminator: "")
        }
        if judged.contains(where: { $0.1 == .fails }) { throw ExitCode(ExitStatus.findings) }
    }

    func readRequest() throws -> JSONObject {
        guard let request else { return JSONObject(members: []) }
        guard let data = try? BoundedFile.read(request, limit: JSONLimits.standard.maximumBodyBytes) else {
            throw ValidationError("cannot read the request file \(request)")
        }
        let value: JSONValue
        do {
            value = try JSONReader().parse([UInt8](data))
        } catch {
            throw ValidationError("\(request):\(error.line):\(error.column): the request is not JSON: \(error.message)")
        }
        guard let object = value.objectValue else {
            throw ValidationError("\(request): the request must be a JSON object of parameters, found \(value.typeName)")
        }
        return object
    }

    /// At most `json_body_bytes` are read: a larger body is nil, answered by the `input_limit`
    /// finding without holding the rest in memory (a 2 GB stdin must not abort the process).
    func readBody() throws -> [UInt8]? {
        let limit = JSONLimits.standard.maximumBodyBytes
        do {
            if body == "-" { return try BoundedFile.readAll(FileHandle.standardInput.fileDescriptor, path: "standard input", limit: limit) }
            return try BoundedFile.read(body, limit: limit)
        } catch {
            if case .tooLarge = error { return nil }
            throw ValidationError("cannot read the body file \(body): \(error)")
        }
    }
}
