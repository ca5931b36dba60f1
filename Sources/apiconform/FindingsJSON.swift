import APIConformCore
import APIConformReports

/// The `check --format json` document: `{"input"?,"findings":[{"rule","severity","verdict","in","path","message","drift"?,…}],
/// "skipped"?:[{"rule","path"?,"reads","at"}]}`, keys in a fixed order so output diffs cleanly; one
/// per input on its own line, `input` naming it when `check` has more than one.
enum FindingsJSON {
    static func render(_ judged: [(Finding, FindingPolicy.Outcome)], skipped: [ContractEvaluator.RequestBoundRule] = [],
                       input: String? = nil) -> String {
        let items = judged.map { finding, outcome -> String in
            var fields = [
                ("rule", finding.rule), ("severity", finding.severity.rawValue), ("verdict", outcome.rawValue), ("in", finding.side.rawValue),
                ("path", finding.path.description), ("message", finding.text),
            ]
            if let kind = finding.drift { fields += [("drift", kind.rawValue), ("impact", kind.impact.rawValue)] }
            if let expected = finding.expected { fields.append(("expected", expected)) }
            if let actual = finding.actual { fields.append(("actual", actual)) }
            if let doc = finding.doc { fields.append(("doc", doc)) }
            return "{" + fields.map { "\(JSONValue.quoted($0.0)):\(JSONValue.quoted($0.1))" }.joined(separator: ",") + "}"
        }
        var out = "{" + (input.map { "\"input\":\(JSONValue.quoted($0))," } ?? "") + "\"findings\":[" + items.joined(separator: ",") + "]"
        if !skipped.isEmpty {
            let rules = skipped.map { rule -> String in
                var fields = [("rule", rule.rule)]
                if let path = rule.path { fields.append(("path", path)) }
                fields += [("reads", rule.parameters.joined(separator: ",")), ("at", rule.declaredAt.description)]
                return "{" + fields.map { "\(JSONValue.quoted($0.0)):\(JSONValue.quoted($0.1))" }.joined(separator: ",") + "}"
            }
            out += ",\"skipped\":[" + rules.joined(separator: ",") + "]"
        }
        return out + "}"
    }

    /// The object for an input `check` could not check: `{"input","error"}`.
    static func unusable(_ input: String, message: String) -> String {
        "{\"input\":\(JSONValue.quoted(input)),\"error\":\(JSONValue.quoted(message))}"
    }
}
