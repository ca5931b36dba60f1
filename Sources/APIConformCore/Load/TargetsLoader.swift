import Foundation

/// Reads `cases/targets.yaml`: named targets with endpoints, signing, credentials, limits and retries.
public struct TargetsLoader {
    /// The engine's keys with the providers' settings (`Providers.targetSettings`) among them.
    static let targetKeys = ["endpoints", "region"] + Providers.targetSettings.map(\.key)
        + ["credentials", "api_versions", "rate_limit", "concurrency", "timeouts", "retry", "drift", "vars"]
    static let topKeys = ["targets", "drift", "vars"]
    static let timeoutKeys = ["connect", "read", "total"]
    static let retryKeys = ["attempts", "base_delay", "max_delay", "max_retry_after"]
    let sink: DiagnosticSink

    public init(sink: DiagnosticSink) {
        self.sink = sink
    }

    public func loadFile(_ path: String) -> [Target] {
        loadDocument(path).targets
    }

    public func load(text: String, file: String) -> [Target] {
        load(documentText: text, file: file).targets
    }

    /// The whole file: its targets and the drift policy of every target without its own (`recorded` included).
    public func loadDocument(_ path: String) -> TargetsDocument {
        guard let text = SourceFile.read(path, sink: sink) else { return TargetsDocument() }
        return load(documentText: text, file: path)
    }

    public func load(documentText text: String, file: String) -> TargetsDocument {
        guard let top = YAMLDocument.topMapping(text, file: file, what: "targets file", sink: sink) else { return TargetsDocument() }
        top.finish(allowed: Self.topKeys)
        let drift = top["drift"].map { DriftPolicyReader(sink: sink).read($0, over: DriftPolicy()) } ?? DriftPolicy()
        let vars = top["vars"].map { loadVars($0) } ?? [:]
        guard let node = top.require("targets"), let targets = MappingReader(node, what: "'targets'", sink: sink) else {
            return TargetsDocument(targets: [], drift: drift, vars: vars)
        }
        return TargetsDocument(targets: targets.entries.compactMap { loadTarget(name: $0.key, node: $0.value, drift: drift, vars: vars) },
                               drift: drift, vars: vars)
    }

    func loadTarget(name: String, node: YAMLNode, drift: DriftPolicy = DriftPolicy(), vars: [String: String] = [:]) -> Target? {
        guard let reader = MappingReader(node, what: "target '\(name)'", sink: sink) else { return nil }
        reader.finish(allowed: Self.targetKeys)
        var target = Target(name: name, endpoints: [:], location: node.location)
        target.drift = reader["drift"].map { DriftPolicyReader(sink: sink).read($0, over: drift) } ?? drift
        target.region = reader.string("region")
        target.vars = vars.merging(reader["vars"].map { loadVars($0) } ?? [:]) { _, own in own }
        if let endpoints = reader["endpoints"].flatMap({ MappingReader($0, what: "'endpoints'", sink: sink) }) {
            for entry in endpoints.entries {
                guard let url = YAMLValue.string(entry.value, what: "endpoint '\(entry.key)'", sink: sink) else { continue }
                if let problem = Self.endpointProblem(url) {
                    sink.report("invalid_url", "endpoint '\(entry.key)' is not a usable base URL: '\(url)' \(problem)", at: entry.value.location,
                                hint: "write scheme, host and optional port only, e.g. https://ice.cn-shanghai.aliyuncs.com or http://127.0.0.1:8787")
                }
                target.endpoints[entry.key] = url.hasSuffix("/") ? String(url.dropLast()) : url
            }
        } else {
            sink.report("missing_key", "target '\(name)' needs 'endpoints'", at: node.location, hint: "e.g. endpoints: {ice: https://ice.cn-shanghai.aliyuncs.com}")
        }
        for setting in Providers.targetSettings {
            if let value = choice(reader, setting) { target.providerSettings[setting.key] = value }
        }
        if let credentials = reader["credentials"].flatMap({ MappingReader($0, what: "'credentials'", sink: sink) }) {
            credentials.finish(allowed: CredentialVariables.all.map(\.key))
            for variable in CredentialVariables.all {
                if let name = credentials.string(variable.key) { target.credentialVariables[variable] = name }
            }
        }
        if let versions = reader["api_versions"].flatMap({ MappingReader($0, what: "'api_versions'", sink: sink) }) {
            for entry in versions.entries { target.apiVersions[entry.key] = YAMLValue.string(entry.value, what: "version", sink: sink) }
        }
        if let rate = reader.number("rate_limit") {
            if rate > 0 { target.rateLimit = rate } else { sink.report("out_of_range", "rate_limit must be positive", at: reader.location(of: "rate_limit")) }
        }
        if let concurrency = reader.integer("concurrency") {
            if concurrency > 0 { target.concurrency = Int(concurrency) } else { sink.report("out_of_range", "concurrency must be at least 1", at: reader.location(of: "concurrency")) }
        }
        if let timeouts = reader["timeouts"].flatMap({ MappingReader($0, what: "'timeouts'", sink: sink) }) {
            timeouts.finish(allowed: Self.timeoutKeys)
            target.timeouts.connect = timeouts.number("connect") ?? target.timeouts.connect
            target.timeouts.read = timeouts.number("read") ?? target.timeouts.read
            target.timeouts.total = timeouts.number("total") ?? target.timeouts.total
        }
        if let retry = reader["retry"].flatMap({ MappingReader($0, what: "'retry'", sink: sink) }) {
            retry.finish(allowed: Self.retryKeys)
            target.retry.attempts = max(1, Int(retry.integer("attempts") ?? Int64(target.retry.attempts)))
            target.retry.baseDelay = retry.number("base_delay") ?? target.retry.baseDelay
            target.retry.maxDelay = retry.number("max_delay") ?? target.retry.maxDelay
            target.retry.maxRetryAfter = retry.number("max_retry_after") ?? target.retry.maxRetryAfter
        }
        return target
    }

    /// `vars: {NAME: value}`: what `${vars.NAME}` in case requests resolves to; scalars only.
    func loadVars(_ node: YAMLNode) -> [String: String] {
        guard let reader = MappingReader(node, what: "'vars'", sink: sink) else { return [:] }
        var vars: [String: String] = [:]
        for entry in reader.entries {
            if !entry.key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }) {
                sink.report("invalid_name", "variable name '\(entry.key)' must be letters, digits, '_', '-' or '.'", at: entry.keyLocation)
                continue
            }
            guard case .scalar = entry.value.kind else {
                sink.report("wrong_type", "variable '\(entry.key)' must be a scalar (a comma list for several ids), found \(entry.value.kindDescription)",
                            at: entry.value.location, hint: "e.g. \(entry.key): \"id1,id2\"")
                continue
            }
            vars[entry.key] = YAMLValue.string(entry.value, what: "variable '\(entry.key)'", sink: sink)
        }
        return vars
    }

    /// Why a base URL cannot be used (checked here, at load, so a typo stops the run before any request
    /// instead of failing every case); nil when it is `http(s)://host[:port]` with at most a `/` path.
    static func endpointProblem(_ url: String) -> String? {
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return "must start with http:// or https://" }
        guard let components = URLComponents(string: url) else { return "does not parse as a URL (a space, or a port that is not a number?)" }
        guard let host = components.host, !host.isEmpty else { return "has no host" }
        if let port = components.port, !(1...65535).contains(port) { return "has port \(port), outside 1-65535" }
        if components.user != nil || components.password != nil { return "carries user information; credentials come from the environment" }
        if components.query != nil || components.fragment != nil { return "has a query or fragment; the operation's parameters are added per request" }
        if !(components.path.isEmpty || components.path == "/") { return "has a path ('\(components.path)'); the path comes from the contract" }
        return nil
    }

    /// A provider setting's value as written, when it is one of the setting's values; nil (the default applies) otherwise.
    func choice(_ reader: MappingReader, _ setting: ProviderSetting) -> String? {
        let key = setting.key
        guard let text = reader.string(key) else { return nil }
        guard setting.values.contains(text) else {
            sink.report("unknown_value", "\(key) must be one of \(setting.values.joined(separator: ", ")), not '\(text)'", at: reader.location(of: key),
                        hint: Suggestion.hint(for: text, in: setting.values))
            return nil
        }
        return text
    }
}

/// Everything `cases/targets.yaml` declares.
public struct TargetsDocument: Sendable {
    public var targets: [Target]
    /// The file-wide drift policy (each target starts from it).
    public var drift: DriftPolicy
    /// The file-wide `vars:`: every target starts from them, and replay (the `recorded` target) uses them.
    public var vars: [String: String]

    public init(targets: [Target] = [], drift: DriftPolicy = DriftPolicy(), vars: [String: String] = [:]) {
        self.targets = targets
        self.drift = drift
        self.vars = vars
    }
}
