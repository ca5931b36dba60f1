import Foundation

/// Turns a case's request template into the request it sends: captures from its sources' responses,
/// target variables and the environment. A value that cannot be had is a case error, never a failure.
public struct RequestResolver: Sendable {
    public let variables: RunVariables

    public init(variables: RunVariables = RunVariables()) {
        self.variables = variables
    }

    /// The case with its request resolved, or the error that keeps it from being sent.
    public func resolve(_ testCase: TestCase, sources: [CaseReference: SourceResponse]) -> Result<TestCase, TransportFailure> {
        var captured: [String: (capture: Capture, items: [String])] = [:]
        for capture in testCase.captures {
            switch items(of: capture, from: sources[capture.source] ?? .unavailable("the source did not run"), operation: testCase.operation) {
            case .success(let items): captured[capture.name] = (capture, items)
            case .failure(let failure): return .failure(failure)
            }
        }
        var resolved = testCase
        var members: [JSONObject.Member] = []
        for member in testCase.request.members {
            switch member.value {
            case .string(let text):
                switch substitute(text, captured: captured) {
                case .success(let value): members.append(.init(key: member.key, value: .string(value)))
                case .failure(let failure): return .failure(failure)
                }
            case .array(let elements):
                var values: [JSONValue] = []
                for element in elements {
                    guard let text = element.stringValue else { values.append(element); continue }
                    // An item that is one capture alone becomes that capture's items: `asset_id: ["${ids}"]`.
                    if case .success(let segments) = RequestTemplate.segments(of: text), segments.count == 1,
                       case .placeholder(.capture(let name)) = segments[0], let entry = captured[name] {
                        values += entry.items.map { .string($0) }
                        continue
                    }
                    switch substitute(text, captured: captured) {
                    case .success(let value): values.append(.string(value))
                    case .failure(let failure): return .failure(failure)
                    }
                }
                members.append(.init(key: member.key, value: .array(values)))
            default:
                members.append(member)
            }
        }
        resolved.request = JSONObject(members: members, duplicateKeys: testCase.request.duplicateKeys)
        return .success(resolved)
    }

    /// The items a capture takes: every match of its path, filtered by `match`, after `skip`, up to `take`.
    func items(of capture: Capture, from source: SourceResponse, operation: String) -> Result<[String], TransportFailure> {
        let from = capture.source.operation == operation ? capture.source.name : capture.source.description
        let what = "capture \(capture.name) from \(from)"
        guard case .body(let body) = source else {
            if case .unavailable(let reason) = source { return .failure(Self.failure("\(what): no value at \(capture.path.text): \(reason)", capture)) }
            return .failure(Self.failure(what, capture))
        }
        var items = capture.path.select(in: body).compactMap { Self.text(of: $0.value) }
        if let match = capture.match, let expression = try? NSRegularExpression(pattern: match) {
            items = items.compactMap { item in
                let range = NSRange(item.startIndex..., in: item)
                guard let hit = expression.firstMatch(in: item, range: range) else { return nil }
                let kept = hit.numberOfRanges > 1 ? hit.range(at: 1) : hit.range
                return Range(kept, in: item).map { String(item[$0]) }
            }
        }
        items = Array(items.dropFirst(capture.skip))
        if let take = capture.take { items = Array(items.prefix(take)) }
        guard !items.isEmpty else {
            let filter = capture.match.map { " matching \($0)" } ?? ""
            let skipped = capture.skip > 0 ? " after skipping \(capture.skip)" : ""
            return .failure(Self.failure("\(what): no value at \(capture.path.text)\(filter)\(skipped)", capture))
        }
        return .success(items)
    }

    func substitute(_ text: String, captured: [String: (capture: Capture, items: [String])]) -> Result<String, TransportFailure> {
        guard case .success(let segments) = RequestTemplate.segments(of: text) else { return .success(text) }
        var out = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): out += literal
            case .placeholder(.capture(let name)):
                guard let entry = captured[name] else {
                    return .failure(TransportFailure(kind: "capture", message: "'${\(name)}' names no capture of the case", details: text))
                }
                out += entry.items.joined(separator: entry.capture.join)
            case .placeholder(.variable(let name)):
                guard let value = variables.vars[name] else {
                    return .failure(TransportFailure(kind: "variable", message: "${vars.\(name)} is not defined for this target",
                                                     details: "Define it under the target's vars: (or the top-level vars:) in the targets file, e.g. vars: {\(name): …}."))
                }
                out += value
            case .placeholder(.environment(let name)):
                guard let value = variables.environment[name] else {
                    return .failure(TransportFailure(kind: "variable", message: "${env.\(name)} is not set in the environment",
                                                     details: "Export \(name) before the run."))
                }
                out += value
            }
        }
        return .success(out)
    }

    static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number): return number.literal
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    static func failure(_ message: String, _ capture: Capture) -> TransportFailure {
        TransportFailure(kind: "capture", message: message,
                         details: "\(capture.location): the capture's source gave no value, so the case was not sent (not a contract finding).")
    }
}
