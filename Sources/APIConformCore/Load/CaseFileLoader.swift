import Foundation

/// Reads case files (`cases/suites/*.yaml`), checking every reference against the loaded contracts.
public struct CaseFileLoader {
    static let topKeys = ["operation", "doc", "recordings", "cases"]
    static let caseKeys = ["name", "summary", "request", "recording", "expect", "deviations", "tags", "walk", "captures", "requires"]
    static let expectKeys = ["status", "count", "present", "absent", "error", "request_findings"] + valueKeys + ["headers"]
    static let walkKeys = ["max_pages"]
    static let errorKeys = ["code"]
    static let deviationKeys = ["rule", "path", "reason"]

    let sink: DiagnosticSink
    let contracts: [String: Contract]

    public init(contracts: [Contract], sink: DiagnosticSink) {
        self.sink = sink
        self.contracts = Dictionary(contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Case files under the given paths (files, or directories searched recursively), sorted.
    public static func discover(_ paths: [String], sink: DiagnosticSink) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let reason = BoundedFile.statFailure(path).map { " (\($0))" } ?? ""
                sink.report("missing_file", "no case file or directory at \(path)\(reason)", at: SourceLocation(file: path, line: 1, column: 1),
                            hint: "check the path; case files are found below cases/suites by default")
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let found = (FileManager.default.subpaths(atPath: path) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            files += found.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }

    public func loadFile(_ path: String) -> CaseFile? {
        guard let text = SourceFile.read(path, sink: sink) else { return nil }
        return load(text: text, file: path)
    }

    public func load(text: String, file: String) -> CaseFile? {
        guard let top = YAMLDocument.topMapping(text, file: file, what: "case file", sink: sink) else { return nil }
        top.finish(allowed: Self.topKeys)
        guard let operation = top.string("operation", required: true) else { return nil }
        guard PrintableName.check(operation, what: "operation", at: top.location(of: "operation"), hint: PrintableName.operationHint, sink: sink) else { return nil }
        guard let contract = contracts[operation] else {
            sink.report("unknown_operation", "unknown operation '\(operation)'", at: top["operation"]?.location ?? top.location(of: "operation"),
                        hint: Suggestion.hint(for: operation, in: contracts.keys.sorted()) ?? "known operations: \(contracts.keys.sorted().joined(separator: ", "))")
            return nil
        }
        let directory = (file as NSString).deletingLastPathComponent
        let declared = top.string("recordings") ?? "../recordings/\(operation)"
        let recordings = Self.normalized(declared.hasPrefix("/") ? declared : (directory as NSString).appendingPathComponent(declared))
        guard let casesNode = top.require("cases") else { return nil }
        guard case .sequence(let items) = casesNode.kind else {
            sink.report("wrong_type", "'cases' must be a list, found \(casesNode.kindDescription)", at: casesNode.location)
            return nil
        }
        var cases: [TestCase] = []
        var names: [String: SourceLocation] = [:]
        for item in items {
            guard let testCase = loadCase(item, contract: contract, recordings: recordings) else { continue }
            if let earlier = names[testCase.name] {
                sink.report("duplicate_case", "case '\(testCase.name)' is already defined at \(earlier)", at: testCase.location,
                            hint: "case names must be unique in a file: CI keys history by them")
                continue
            }
            names[testCase.name] = testCase.location
            cases.append(testCase)
        }
        return CaseFile(path: file, operation: operation, cases: cases)
    }

    /// A parameter the contract does not declare (`MaxResult: 8`) is a typo or a stale case, found here
    /// rather than as a misleading "stale recording" at run time; a case that expects the finding may send one.
    func checkDeclared(_ request: JSONObject, in node: YAMLNode?, contract: Contract, expectation: Expectation) {
        guard let node, case .mapping(let entries) = node.kind, !expectation.requestFindings.contains(UndocumentedFieldRule.key) else { return }
        let declared = contract.request.fields.map(\.name)
        for entry in entries where !declared.contains(entry.key) {
            sink.report("unknown_parameter", "\(contract.operation) declares no request parameter '\(entry.key)'", at: entry.keyLocation,
                        hint: Suggestion.hint(for: entry.key, in: declared) ?? "declared: \(declared.joined(separator: ", "))")
        }
    }

    func loadCase(_ node: YAMLNode, contract: Contract, recordings: String) -> TestCase? {
        guard let reader = MappingReader(node, what: "case", sink: sink) else { return nil }
        reader.finish(allowed: Self.caseKeys)
        guard let name = reader.string("name", required: true) else { return nil }
        if name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            sink.report("invalid_name", "case name '\(name)' must be non-empty and not contain '/'", at: reader.location(of: "name"))
            return nil
        }
        guard PrintableName.check(name, what: "case name", at: reader.location(of: "name"),
                                  hint: "use printable characters only: the name becomes a JUnit test name and a recording's file name", sink: sink) else { return nil }
        var request = JSONObject(members: [])
        if let requestNode = reader["request"] {
            if case .mapping = requestNode.kind, let object = requestNode.jsonValue.objectValue {
                request = object
            } else {
                sink.report("wrong_type", "'request' must be a mapping of parameter names to values, found \(requestNode.kindDescription)", at: requestNode.location,
                            hint: "write the parameters as a mapping, e.g. request: {MaxResults: 2}")
            }
        }
        let captures = loadCaptures(reader["captures"], operation: contract.operation)
        checkPlaceholders(reader["request"], request: request, captures: captures)
        let expectation = loadExpectation(reader["expect"], at: node.location, contract: contract, request: request)
        checkDeclared(request, in: reader["request"], contract: contract, expectation: expectation)
        let deviations = loadDeviations(reader["deviations"])
        let file = reader.string("recording").map { $0.hasSuffix(".http") ? $0 : $0 + ".http" } ?? "\(name).http"
        var testCase = TestCase(name: name, summary: reader.string("summary"), operation: contract.operation, request: request,
                                recordingPath: (recordings as NSString).appendingPathComponent(file), expectation: expectation,
                                deviations: deviations, tags: reader.strings("tags") ?? [], location: node.location)
        testCase.captures = captures
        testCase.requirements = loadRequirements(reader["requires"])
        if let walk = reader["walk"], let walkReader = MappingReader(walk, what: "'walk'", sink: sink) {
            walkReader.finish(allowed: Self.walkKeys)
            let pages = walkReader.integer("max_pages") ?? 10
            if pages < 1 { sink.report("out_of_range", "max_pages must be at least 1", at: walkReader.location(of: "max_pages")) }
            if !contract.invariants.contains(where: { $0.rule is PagingRule }) {
                sink.report("no_paging", "\(contract.operation) declares no paging rule, so it cannot be walked", at: walk.location,
                            hint: "remove 'walk' or add a paging invariant to the contract")
            }
            testCase.walkPages = Int(max(1, pages))
        }
        return testCase
    }

    func loadExpectation(_ node: YAMLNode?, at location: SourceLocation, contract: Contract, request: JSONObject) -> Expectation {
        guard let node, let reader = MappingReader(node, what: "'expect'", sink: sink) else { return Expectation(location: location) }
        reader.finish(allowed: Self.expectKeys)
        var expectation = Expectation(location: node.location)
        expectation.status = reader.integer("status").map(Int.init)
        expectation.present = (reader.strings("present") ?? []).compactMap { pattern($0, at: reader.location(of: "present")) }
        expectation.absent = (reader.strings("absent") ?? []).compactMap { pattern($0, at: reader.location(of: "absent")) }
        if let countNode = reader["count"], let counts = MappingReader(countNode, what: "'count'", sink: sink) {
            for entry in counts.entries {
                guard let path = pattern(entry.key, at: entry.keyLocation),
                      let count = loadCount(entry.value, path: path, at: entry.keyLocation, contract: contract, request: request) else { continue }
                expectation.counts.append(count)
            }
        }
        if let errorNode = reader["error"], let error = MappingReader(errorNode, what: "'error'", sink: sink) {
            error.finish(allowed: Self.errorKeys)
            expectation.errorCode = error.string("code", required: true)
        }
        let requestRules = reader.strings("request_findings") ?? []
        let known = RuleCatalog.fieldRules.map { $0.key }
        for rule in requestRules where !known.contains(rule) {
            sink.report("unknown_rule", "'\(rule)' is not a rule that checks requests", at: reader.location(of: "request_findings"),
                        hint: Suggestion.hint(for: rule, in: known) ?? "use one of \(known.joined(separator: ", "))")
        }
        expectation.requestFindings = requestRules
        expectation.values = loadValueChecks(reader)
        return expectation
    }

    func loadDeviations(_ node: YAMLNode?) -> [Deviation] {
        guard let node else { return [] }
        guard case .sequence(let items) = node.kind else {
            sink.report("wrong_type", "'deviations' must be a list, found \(node.kindDescription)", at: node.location)
            return []
        }
        let known = RuleCatalog.all.map { $0.key }
        return items.compactMap { item in
            guard let reader = MappingReader(item, what: "deviation", sink: sink) else { return nil }
            reader.finish(allowed: Self.deviationKeys)
            guard let rule = reader.string("rule", required: true), let reason = reader.string("reason", required: true) else { return nil }
            guard known.contains(rule) else {
                sink.report("unknown_rule", "unknown rule '\(rule)'", at: reader.location(of: "rule"), hint: Suggestion.hint(for: rule, in: known))
                return nil
            }
            if reason.trimmed.isEmpty {
                sink.report("missing_reason", "a deviation needs a reason", at: reader.location(of: "reason"), hint: "say why the finding is expected")
            }
            let path = reader.string("path").flatMap { pattern($0, at: reader.location(of: "path")) }
            return Deviation(rule: rule, path: path, reason: reason, location: item.location)
        }
    }

    /// Resolves `.` and `..` textually (Foundation leaves them in relative paths), so messages name files plainly.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    func pattern(_ text: String, at location: SourceLocation) -> JSONPathPattern? {
        YAMLValue.pathPattern(text, at: location, sink: sink)
    }
}
