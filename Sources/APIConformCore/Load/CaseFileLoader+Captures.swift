import Foundation

/// `captures:`, `requires:` and the `${…}` placeholders of a case's request. References to other
/// cases are checked by `RunPlan`, which sees every case file of the run.
extension CaseFileLoader {
    static let captureKeys = ["from", "path", "skip", "take", "match", "join"]
    static let countKeys = ["min", "max", "equals"]

    func loadCaptures(_ node: YAMLNode?, operation: String) -> [Capture] {
        guard let node, let reader = MappingReader(node, what: "'captures'", sink: sink) else { return [] }
        return reader.entries.compactMap { entry in
            let name = entry.key
            let valid = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            guard valid, name != "vars", name != "env" else {
                sink.report("invalid_name", "capture name '\(name)' must be letters, digits, '_' or '-' (and not 'vars' or 'env')",
                            at: entry.keyLocation, hint: "e.g. ids")
                return nil
            }
            guard let capture = MappingReader(entry.value, what: "capture '\(name)'", sink: sink) else { return nil }
            capture.finish(allowed: Self.captureKeys)
            guard let from = capture.string("from", required: true), let pathText = capture.string("path", required: true),
                  let path = pattern(pathText, at: capture.location(of: "path")) else { return nil }
            let skip = capture.integer("skip") ?? 0
            if skip < 0 { sink.report("out_of_range", "skip must be 0 or more", at: capture.location(of: "skip")) }
            let take = capture.integer("take")
            if let take, take < 1 { sink.report("out_of_range", "take must be at least 1", at: capture.location(of: "take"), hint: "leave take out to keep every item") }
            let match = capture.string("match")
            if let match {
                do {
                    let expression = try NSRegularExpression(pattern: match)
                    if expression.numberOfCaptureGroups > 1 {
                        sink.report("invalid_pattern", "match '\(match)' has \(expression.numberOfCaptureGroups) groups; the value kept is one group",
                                    at: capture.location(of: "match"), hint: "keep one (…) group, make the others (?:…)")
                    }
                } catch {
                    sink.report("invalid_pattern", "match '\(match)' is not a regular expression", at: capture.location(of: "match"),
                                hint: "e.g. match: \"^vod://(.+)$\"")
                }
            }
            return Capture(name: name, source: CaseReference(parsing: from, in: operation), path: path, skip: Int(max(0, skip)),
                           take: take.map { Int(max(1, $0)) }, match: match, join: capture.string("join") ?? ",", location: entry.keyLocation)
        }
    }

    func loadRequirements(_ node: YAMLNode?) -> [Requirement] {
        guard let node else { return [] }
        guard let reader = MappingReader(node, what: "'requires'", sink: sink) else { return [] }
        let known = Requirement.Condition.allCases.map(\.rawValue)
        return reader.entries.compactMap { entry in
            guard let condition = Requirement.Condition(rawValue: entry.key) else {
                sink.report("unknown_condition", "'\(entry.key)' is not a condition a case can require", at: entry.keyLocation,
                            hint: Suggestion.hint(for: entry.key, in: known) ?? "use one of \(known.joined(separator: ", ")): requires: {replay: \"why\"}")
                return nil
            }
            guard let reason = YAMLValue.string(entry.value, what: "the reason of requires.\(entry.key)", sink: sink) else { return nil }
            if reason.trimmed.isEmpty {
                sink.report("missing_reason", "requires.\(entry.key) needs a reason", at: entry.value.location,
                            hint: "say which server state the case needs, e.g. \"a RAM user without the permission\"")
            }
            return Requirement(condition: condition, reason: reason, location: entry.keyLocation)
        }
    }

    /// Every placeholder of the request is well formed and names a declared capture; every capture is used.
    func checkPlaceholders(_ requestNode: YAMLNode?, request: JSONObject, captures: [Capture]) {
        let declared = captures.map(\.name)
        var used = Set<String>()
        let entries = requestNode.flatMap { node -> [YAMLNode.Entry]? in
            if case .mapping(let entries) = node.kind { return entries }
            return nil
        } ?? []
        for (parameter, text) in RequestTemplate.strings(of: request) {
            let location = entries.first { $0.key == parameter }?.value.location ?? requestNode?.location ?? SourceLocation(file: "", line: 1, column: 1)
            switch RequestTemplate.segments(of: text) {
            case .failure(let error):
                sink.report("invalid_placeholder", "request \(parameter): \(error.message)", at: location,
                            hint: "write ${capture}, ${vars.NAME} or ${env.NAME}; $${ writes a literal ${")
            case .success(let segments):
                for case .placeholder(.capture(let name)) in segments {
                    used.insert(name)
                    if !declared.contains(name) {
                        sink.report("unknown_capture", "request \(parameter): '${\(name)}' names no capture of this case", at: location,
                                    hint: Suggestion.hint(for: name, in: declared)
                                        ?? "declare it: captures: {\(name): {from: CASE, path: \"$.…\"}}, or use ${vars.\(name)} for a target variable")
                    }
                }
            }
        }
        for capture in captures where !used.contains(capture.name) {
            sink.report("unused_capture", "capture '\(capture.name)' is not used by the request", at: capture.location,
                        hint: "put ${\(capture.name)} in a request value, or remove the capture")
        }
    }

    /// A `count:` value: `N` (exactly), or `{min: …, max: …}` / `{equals: …}` whose bounds are a number,
    /// a request parameter (`MaxResults`: its value, else the contract's default) or `items(MediaIds)`.
    func loadCount(_ node: YAMLNode, path: JSONPathPattern, at location: SourceLocation, contract: Contract, request: JSONObject) -> CountExpectation? {
        guard case .mapping = node.kind else {
            guard let count = YAMLValue.integer(node, what: "the count of \(path.text)", sink: sink) else { return nil }
            return CountExpectation(path: path, exactly: Int(count), location: location)
        }
        guard let reader = MappingReader(node, what: "the count of \(path.text)", sink: sink) else { return nil }
        reader.finish(allowed: Self.countKeys)
        if reader.has("equals") && (reader.has("min") || reader.has("max")) {
            sink.report("conflicting_bounds", "the count of \(path.text) has 'equals' and a bound", at: node.location, hint: "use equals alone, or min and/or max")
            return nil
        }
        let limits = Self.countKeys.map { key in reader[key].flatMap { limit($0, contract: contract, request: request) } }
        if !reader.has("min") && !reader.has("max") && !reader.has("equals") {
            sink.report("missing_key", "the count of \(path.text) needs min, max or equals", at: node.location, hint: "e.g. {max: MaxResults} or {min: 1}")
            return nil
        }
        if case .constant(let low)? = limits[0], case .constant(let high)? = limits[1], low > high {
            sink.report("conflicting_bounds", "the count of \(path.text) has min \(low) above max \(high)", at: node.location)
        }
        if let equals = limits[2] { return CountExpectation(path: path, min: equals, max: equals, location: location) }
        return CountExpectation(path: path, min: limits[0], max: limits[1], location: location)
    }

    func limit(_ node: YAMLNode, contract: Contract, request: JSONObject) -> CountLimit? {
        if case .integer(let value)? = node.scalar?.resolved {
            if value < 0 { sink.report("out_of_range", "a count cannot be negative", at: node.location) }
            return .constant(Int(value))
        }
        guard let text = YAMLValue.string(node, what: "a count bound", sink: sink) else { return nil }
        let isItems = text.hasPrefix("items(") && text.hasSuffix(")")
        let name = isItems ? String(text.dropFirst(6).dropLast()) : text
        let parameters = contract.request.fields.map(\.name)
        guard let parameter = contract.parameter(name) else {
            sink.report("unknown_parameter", "count bound '\(text)': \(contract.operation) has no request parameter '\(name)'", at: node.location,
                        hint: Suggestion.hint(for: name, in: parameters) ?? "write a number, a parameter such as MaxResults, or items(PARAMETER)")
            return nil
        }
        if isItems { return .items(name) }
        let fallback = parameter.defaultValue?.numberValue?.int64.map(Int.init)
        if request[name] == nil && fallback == nil {
            sink.report("unbound_parameter", "count bound '\(name)': the case does not send \(name) and the contract declares no default",
                        at: node.location, hint: "send \(name) in the request, or write a number")
            return nil
        }
        return .parameter(name, fallback: fallback)
    }
}
