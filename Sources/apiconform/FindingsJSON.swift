import APIConformCore
import APIConformReports

/// The `check --format json` document: `{"findings":[{"rule","severity","in","path","message","drift"?,…}]}`,
/// keys in a fixed order so output diffs cleanly.
enum FindingsJSON {
    static func render(_ findings: [Finding]) -> String {
        let items = findings.map { finding -> String in
            var fields = [
                ("rule", finding.rule), ("severity", finding.severity.rawValue), ("in", finding.side.rawValue),
                ("path", finding.path), ("message", finding.message),
            ]
            if let kind = finding.drift { fields += [("drift", kind.rawValue), ("impact", kind.impact.rawValue)] }
            if let expected = finding.expected { fields.append(("expected", expected)) }
            if let actual = finding.actual { fields.append(("actual", actual)) }
            if let doc = finding.doc { fields.append(("doc", doc)) }
            return "{" + fields.map { "\(JSONValue.quoted($0.0)):\(JSONValue.quoted($0.1))" }.joined(separator: ",") + "}"
        }
        return "{\"findings\":[" + items.joined(separator: ",") + "]}"
    }
}
