import Foundation

/// Reads contract files (`cases/contracts/*.yaml`) into `Contract`s, reporting every problem with its position.
public struct ContractLoader {
    /// Keys of a field declaration that are structure, not rules.
    static let structuralKeys = ["type", "doc", "fields", "items", "default", "severity"]
    static let topKeys = ["operation", "provider", "doc", "http", "request", "response", "invariants", "errors"]
    static let httpKeys = ["method", "path", "action", "version", "auth"]

    let sink: DiagnosticSink

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    /// Loads every `*.yaml` contract in a directory (those whose file name `include` accepts), sorted
    /// by file name for a stable order.
    public func loadDirectory(_ path: String, include: (String) -> Bool = { _ in true }) -> [Contract] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            sink.report("missing_file", "no contracts directory at \(path)", at: SourceLocation(file: path, line: 1, column: 1),
                        hint: "pass --contracts DIR or run from the repository root")
            return []
        }
        let files = names.sorted().filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && include($0) }.map { (path as NSString).appendingPathComponent($0) }
        return load(texts: files.compactMap { file in SourceFile.read(file, sink: sink).map { (file, $0) } })
    }

    /// Loads contracts given as texts (also the ones built into the binary), in order, named by `file`
    /// in diagnostics, refusing a second contract for an operation already loaded.
    public func load(texts: [(file: String, text: String)]) -> [Contract] {
        var contracts: [Contract] = []
        var seen: [String: SourceLocation] = [:]
        for (file, text) in texts {
            guard let contract = load(text: text, file: file) else { continue }
            if let earlier = seen[contract.operation] {
                sink.report("duplicate_operation", "operation '\(contract.operation)' is already defined at \(earlier)", at: contract.location)
                continue
            }
            seen[contract.operation] = contract.location
            contracts.append(contract)
        }
        return contracts
    }

    public func loadFile(_ file: String) -> Contract? {
        guard let text = SourceFile.read(file, sink: sink) else { return nil }
        return load(text: text, file: file)
    }

    public func load(text: String, file: String) -> Contract? {
        guard let top = YAMLDocument.topMapping(text, file: file, what: "contract", sink: sink) else { return nil }
        top.finish(allowed: Self.topKeys)
        let operation = top.string("operation", required: true).flatMap { name in
            PrintableName.check(name, what: "operation", at: top.location(of: "operation"), hint: PrintableName.operationHint, sink: sink) ? name : nil
        }
        let provider = top.string("provider", required: true)
        if let provider, Providers.named(provider) == nil {
            sink.report("unknown_value", "unknown provider '\(provider)'", at: top.location(of: "provider"),
                        hint: Suggestion.hint(for: provider, in: Providers.names) ?? "use \(Providers.names.joined(separator: " or "))")
        }
        let http = loadHTTP(top["http"])
        let request = loadRequest(top["request"], at: top.node.location)
        let response = top["response"].flatMap { loadField(name: "$", node: $0, inherited: nil, defaultMode: .drift, impliedType: .object) }
            ?? emptyObject(at: top.node.location, mode: .drift)
        let invariants = loadInvariants(top["invariants"])
        let errors = ErrorShapeRule.section.flatMap { top[$0] }.flatMap { loadInvariant($0, sectionOf: ErrorShapeRule.self) }
        guard let operation, let provider, let request else { return nil }
        let contract = Contract(operation: operation, provider: provider, doc: top.string("doc"), http: http, request: request,
                                response: response, invariants: invariants, errors: errors, location: top.node.location)
        checkBindings(contract)
        checkNeverFires(contract)
        let given = ["action": http.action, "version": http.version]
        if let missing = Providers.named(provider)?.requiredHTTPKeys.filter({ given[$0, default: nil] == nil }), !missing.isEmpty {
            sink.report("missing_key", "an \(provider) RPC contract needs \(missing.map { "http.\($0)" }.joined(separator: " and ")): without them no request can be signed or routed",
                        at: top["http"]?.location ?? top.node.location,
                        hint: "write http: {method: POST, path: /, action: \(operation.split(separator: ".").last.map(String.init) ?? "Action"), version: \"YYYY-MM-DD\"} as the doc's common parameters give them")
        }
        return contract
    }

    func loadHTTP(_ node: YAMLNode?) -> HTTPBinding {
        guard let node, let reader = MappingReader(node, what: "'http'", sink: sink) else {
            return HTTPBinding(method: "GET", path: "/", action: nil, version: nil)
        }
        reader.finish(allowed: Self.httpKeys)
        let auth = reader.string("auth") ?? "signed"
        if !HTTPBinding.authModes.contains(auth) {
            sink.report("unknown_value", "auth must be signed or anonymous, not '\(auth)'", at: reader.location(of: "auth"),
                        hint: Suggestion.hint(for: auth, in: HTTPBinding.authModes)
                            ?? "anonymous only where the doc says the operation needs no authorization; signed (the default) otherwise")
        }
        return HTTPBinding(method: reader.string("method") ?? "GET", path: reader.string("path") ?? "/",
                           action: reader.string("action"), version: reader.string("version"), anonymous: auth == "anonymous")
    }

    /// The request section maps parameter names straight to declarations; unknown parameters are violations.
    func loadRequest(_ node: YAMLNode?, at location: SourceLocation) -> FieldSchema? {
        guard let node else { return emptyObject(at: location, mode: .forbid) }
        guard let reader = MappingReader(node, what: "'request'", sink: sink) else { return nil }
        let fields = reader.entries.compactMap { loadField(name: $0.key, node: $0.value, inherited: nil, defaultMode: .forbid, impliedType: nil) }
        return objectSchema(name: "$", location: node.location, doc: nil, fields: fields, mode: .forbid, rules: [])
    }

    func emptyObject(at location: SourceLocation, mode: UndocumentedFieldRule.Mode) -> FieldSchema {
        objectSchema(name: "$", location: location, doc: nil, fields: [], mode: mode, rules: [])
    }

    func objectSchema(name: String, location: SourceLocation, doc: String?, fields: [FieldSchema], mode: UndocumentedFieldRule.Mode,
                      rules: [DeclaredFieldRule]) -> FieldSchema {
        let undocumented = UndocumentedFieldRule(mode: mode, documented: fields.map(\.name))
        let extra = [
            DeclaredFieldRule(rule: undocumented, location: location, doc: doc, severity: undocumented.severity),
            DeclaredFieldRule(rule: DuplicateKeyRule(), location: location, doc: doc, severity: .violation),
        ]
        return FieldSchema(name: name, location: location, doc: doc, type: .object, rules: rules + extra, fields: fields, items: nil, defaultValue: nil)
    }
}
