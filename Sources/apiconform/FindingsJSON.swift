import APIConformCore
import APIConformReports

/// The `check --format json` document: `{"input"?,"findings":[{"rule","severity","verdict","in","path","message","drift"?,…}],
/// "skipped"?:[{"rule","path"?,"reads","at"}]}`, keys in a fixed order so output diffs cleanly; one
/// per input on its own line, `input` naming it when `check` has more than one.
enum FindingsJSON {
    /// `skipped` is `skippedMember(_:)` of the rules that did not run, rendered once per operation.
    static func render(_ judged: [(Finding, FindingPolicy.Outcome)], skipped: String = "", input: String? = nil) -> String {
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
        let out = "{" + (input.map { "\"input\":\(JSONValue.quoted($0))," } ?? "") + "\"findings\":[" + items.joined(separator: ",") + "]"
        return out + skipped + "}"
    }

    /// `,"skipped":[…]` for the request-bound rules that did not run; empty when none.
    static func skippedMember(_ skipped: [ContractEvaluator.RequestBoundRule]) -> String {
        guard !skipped.isEmpty else { return "" }
        let rules = skipped.map { rule -> String in
            var fields = [("rule", rule.rule)]
            if let path = rule.path { fields.append(("path", path)) }
            fields += [("reads", rule.parameters.joined(separator: ",")), ("at", rule.declaredAt.description)]
            return "{" + fields.map { "\(JSONValue.quoted($0.0)):\(JSONValue.quoted($0.1))" }.joined(separator: ",") + "}"
        }
        return ",\"skipped\":[" + rules.joined(separator: ",") + "]"
    }

    /// The object for an input `check` could not check: `{"input","error"}`.
    static func unusable(_ input: String, message: String) -> String {
        "{\"input\":\(JSONValue.quoted(input)),\"error\":\(JSONValue.quoted(message))}"
    }
}
