import Foundation

/// `expect:` value checks: `equals`, `matches`, `one_of` map body JSONPaths to what their values must
/// be; `headers` maps header names to `{equals: …}` or `{matches: …}` (a bare value is `equals`).
extension CaseFileLoader {
    static let valueKeys = ["equals", "matches", "one_of"]
    static let headerTestKeys = ["equals", "matches"]

    func loadValueChecks(_ reader: MappingReader) -> [ValueExpectation] {
        var checks: [ValueExpectation] = []
        for key in Self.valueKeys {
            guard let node = reader[key], let paths = MappingReader(node, what: "'expect.\(key)'", sink: sink) else { continue }
            for entry in paths.entries {
                guard let path = pattern(entry.key, at: entry.keyLocation), let test = valueTest(key, entry.value, of: "expect.\(key) \(entry.key)") else { continue }
                checks.append(ValueExpectation(subject: .body(path), test: test, location: entry.keyLocation))
            }
        }
        if let node = reader["headers"], let headers = MappingReader(node, what: "'expect.headers'", sink: sink) {
            for entry in headers.entries {
                let what = "expect.headers \(entry.key)"
                guard case .mapping = entry.value.kind else {
                    if let test = valueTest("equals", entry.value, of: what) {
                        checks.append(ValueExpectation(subject: .header(entry.key), test: test, location: entry.keyLocation))
                    }
                    continue
                }
                guard let tests = MappingReader(entry.value, what: "'\(what)'", sink: sink) else { continue }
                tests.finish(allowed: Self.headerTestKeys)
                if tests.entries.count != 1 {
                    sink.report("missing_key", "\(what) needs exactly one of equals or matches", at: entry.value.location,
                                hint: "e.g. \(entry.key): {matches: \"^application/json\"}")
                }
                for test in tests.entries where Self.headerTestKeys.contains(test.key) {
                    guard let made = valueTest(test.key, test.value, of: what) else { continue }
                    checks.append(ValueExpectation(subject: .header(entry.key), test: made, location: entry.keyLocation))
                }
            }
        }
        return checks
    }

    /// The test `key` (`equals`, `matches`, `one_of`) with its YAML value, or nil with a diagnostic.
    func valueTest(_ key: String, _ node: YAMLNode, of what: String) -> ValueExpectation.Test? {
        switch key {
        case "matches":
            guard let pattern = YAMLValue.string(node, what: what, sink: sink) else { return nil }
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                sink.report("invalid_pattern", "\(what): '\(pattern)' is not a regular expression", at: node.location,
                            hint: "write an ICU regular expression, e.g. \"^[0-9a-f]{32}$\"; a literal ( [ or . takes a backslash before it")
                return nil
            }
            return .matches(pattern)
        case "one_of":
            guard case .sequence(let items) = node.kind, !items.isEmpty else {
                sink.report("wrong_type", "\(what) must be a non-empty list of values, found \(node.kindDescription)", at: node.location,
                            hint: "e.g. [Normal, Prepare]")
                return nil
            }
            return .oneOf(items.map(\.jsonValue))
        default:
            return .equals(node.jsonValue)
        }
    }
}
