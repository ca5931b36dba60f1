import APIConformCore
import APIConformReports
import ArgumentParser
import Foundation

/// `apiconform check`: response bodies against an operation's contract, for curl and SDK pipelines —
/// one, several files, or an NDJSON stream, the contract and policy loaded once for all of them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check response bodies against an operation's contract.",
        discussion: """
            BODY is a file, or - for standard input; several BODY files are checked in one process. With --ndjson \
            each line of the BODY files (standard input when none is given) is one response: either \
            {"request":{...},"status":200,"body":...} (request and status optional: --request and --status \
            otherwise; "operation" optional, --operation otherwise, so one stream may mix operations) or a bare \
            body; a blank line is skipped. Every finding is printed with its severity and its verdict \
            (fails, warns or accepted); --fail-on \
            decides which severities make the exit status 1 (default violation,drift), and drift is judged as in `run` \
            (the drift policy of --target, by default the top-level one of cases/targets.yaml: breaking fails and additive \
            warns by default; --accepted-drift). With --request, request-bound rules (caps bound to \
            MaxResults, filters, sort direction, time windows, batch partitions) are checked too, and the \
            request itself is checked against the contract; without it those rules do not run and the output \
            lists them as skipped. With more than one input (or --ndjson) each report is headed by its input's name \
            (the path, or `line N` of standard input, `PATH:N` of an NDJSON file), and --format json prints one \
            object per input per line, {"input":NAME,"findings":[...]}. A line that is not JSON is a body that is \
            not JSON (a finding); an input that cannot be checked (an unreadable file, an envelope whose status or \
            request is malformed) is an error naming it, {"input":NAME,"error":...} in JSON, and the other inputs \
            are still checked. Exit 0 when no input has a failing finding, 1 when any has one, 2 when any is bad \
            input.
            """
    )

    @Option(help: ArgumentHelp("The operation, e.g. ice.ListMediaBasicInfos (with --ndjson, the default for lines that name none).",
                               valueName: "OP"))
    var operation: String?

    @Option(help: ArgumentHelp("A JSON object of the request parameters as the client sent them.", valueName: "REQ.json"))
    var request: String?

    @Option(help: "The HTTP status of the response.")
    var status: Int = 200

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Each line of the input is a response: a body, or {\"request\":…,\"status\":…,\"body\":…}.")
    var ndjson = false

    @OptionGroup var contracts: ContractsOption

    @OptionGroup var policy: SeverityPolicyOption

    @OptionGroup var drift: DriftOption

    @OptionGroup var target: TargetOption

    @Argument(help: ArgumentHelp("Response bodies: files, or - for standard input (with --ndjson, NDJSON files; standard input by default).",
                                 valueName: "BODY"))
    var bodies: [String] = []

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if bodies.isEmpty && !ndjson { throw ValidationError("Missing expected argument '<BODY>': a file, or - for standard input") }
        if operation == nil && !ndjson {
            throw ValidationError("Missing expected argument '--operation <OP>' (only NDJSON envelopes can name their own operation)")
        }
        if bodies.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be given once") }
    }

    func run() throws {
        let given = try operation.map { try contracts.contract(for: $0) }
        let requestObject = try readRequest()
        let judge = try judge()
        let renderSkipped = format == .json ? FindingsJSON.skippedMember : FindingText.skippedSection
        var checkers = given.map { [$0.operation: BodyChecker(contract: $0, judge: judge, render: renderSkipped)] } ?? [:]
        var refused: [String: String] = [:]
        let named = ndjson || bodies.count > 1
        var tally = CheckTally()
        var failure: Error?
        // An envelope's operation is loaded on first sight, once: a stream of five operations loads five contracts.
        func checker(for input: CheckInput) -> Result<(CheckInput, BodyChecker), CheckInput.Unusable> {
            guard let name = input.operation ?? operation else {
                return .failure(CheckInput.Unusable(name: input.name, message: "\(input.name): no operation: give --operation, or \"operation\" in the envelope"))
            }
            if let checker = checkers[name] { return .success((input, checker)) }
            if refused[name] == nil {
                do {
                    checkers[name] = try BodyChecker(contract: contracts.contract(for: name), judge: judge, render: renderSkipped)
                } catch let error as ValidationError {
                    refused[name] = error.message
                } catch {
                    // The contract's diagnostics are printed; the exit status is theirs once every input is read.
                    failure = failure ?? error
                    refused[name] = "the contract of \(name) does not load"
                }
            }
            if let checker = checkers[name] { return .success((input, checker)) }
            return .failure(CheckInput.Unusable(name: input.name, message: "\(input.name): \(refused[name] ?? name)"))
        }
        // Parsed and checked on every core; contracts loaded and results printed here, in input order.
        func checkAll(_ batch: [CheckBatch.Pending]) {
            let inputs = ParallelMap.map(batch) { $0.parsed() }.map { $0.flatMap(checker(for:)) }
            let results = ParallelMap.map(inputs) { $0.map { input, checker in (input, checker, checker.check(input)) } }
            for result in results { report(result) }
            // Standard output to a pipe is block-buffered: a reader of a live stream gets each batch as it is done
            // (nil flushes every stream; stdout itself is not concurrency-safe to name).
            fflush(nil)
        }
        func report(_ result: Result<(CheckInput, BodyChecker, BodyChecker.Checked), CheckInput.Unusable>) {
            switch result {
            case .success(let (input, checker, checked)):
                tally.count(fails: checked.judged.contains { $0.1 == .fails })
                switch format {
                case .json: print(FindingsJSON.render(checked.judged, skipped: checked.skipped.isEmpty ? "" : checker.skippedRendered, input: named ? input.name : nil))
                case .text:
                    let report = FindingText.report(checked.judged, operation: checker.operation, skipped: checked.skipped.isEmpty ? "" : checker.skippedRendered)
                    Console.out((named ? "\(input.name):\n" : "") + report, terminator: "")
                }
            case .failure(let unusable):
                tally.countUnusable()
                if format == .json { print(FindingsJSON.unusable(unusable.name, message: unusable.message)) }
                Console.error("error: \(unusable.message)")
            }
        }
        var batch = CheckBatch()
        forEachInput(request: requestObject) { input, wouldWait in
            if batch.add(input) || wouldWait { checkAll(batch.take()) }
        }
        if !batch.isEmpty { checkAll(batch.take()) }
        if named && format == .text { Console.out(tally.summary) }
        if let failure { throw failure }
        if let status = tally.exitStatus { throw ExitCode(status) }
    }

    /// Severities, the drift policy and accepted drift decide each finding's verdict and the exit
    /// status, as in `run`; accepted drift may name any operation a contract declares.
    func judge() throws -> FindingPolicy {
        let known = operation.map { contracts.known(after: $0) } ?? KnownOperations(loaded: [], others: { contracts.load(sink: DiagnosticSink()).map(\.operation) })
        return try FindingPolicy.forRun(policy, target: target, drift: drift, known: known, clock: RunClock.current())
    }

    /// Every input in order, each handed over as soon as it is read (an NDJSON stream is never held
    /// whole), with whether the stream has nothing more ready (then what is held is reported first).
    func forEachInput(request: JSONObject?, _ body: (CheckBatch.Pending, _ wouldWait: Bool) -> Void) {
        let limit = JSONLimits.standard.maximumBodyBytes
        guard ndjson else {
            for path in bodies { body(.read(readBody(path, request: request)), path == "-") }
            return
        }
        for path in bodies.isEmpty ? ["-"] : bodies {
            let descriptor: Int32
            do {
                descriptor = path == "-" ? FileHandle.standardInput.fileDescriptor : try BoundedFile.openRegular(path)
            } catch {
                body(.read(.failure(CheckInput.Unusable(name: path, message: "cannot read the NDJSON file \(path): \(error)"))), false)
                continue
            }
            defer { if path != "-" { _ = close(descriptor) } }
            var lines = BoundedLines(descriptor: descriptor, path: path == "-" ? "standard input" : path, limit: limit)
            do {
                while let line = try lines.next() {
                    let name = path == "-" ? "line \(lines.number)" : "\(path):\(lines.number)"
                    switch line {
                    case .tooLong:
                        body(.read(.success(CheckInput(name: name, status: status, request: request, body: .oversized))), lines.wouldWait)
                    case .text(let bytes):
                        if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
                        body(.line(bytes, name: name, status: status, request: request), lines.wouldWait)
                    }
                }
            } catch {
                body(.read(.failure(CheckInput.Unusable(name: path == "-" ? "standard input" : path, message: "\(error)"))), false)
            }
        }
    }

    func readRequest() throws -> JSONObject? {
        guard let request else { return nil }
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
    func readBody(_ path: String, request: JSONObject?) -> Result<CheckInput, CheckInput.Unusable> {
        let limit = JSONLimits.standard.maximumBodyBytes
        var input = CheckInput(name: path == "-" ? "standard input" : path, status: status, request: request, body: .oversized)
        do {
            if path == "-" {
                input.body = .bytes(try BoundedFile.readAll(FileHandle.standardInput.fileDescriptor, path: "standard input", limit: limit))
            } else {
                input.body = .bytes(try BoundedFile.read(path, limit: limit))
            }
        } catch {
            if case .tooLarge = error { return .success(input) }
            return .failure(CheckInput.Unusable(name: input.name, message: "cannot read the body file \(path): \(error)"))
        }
        return .success(input)
    }
}
