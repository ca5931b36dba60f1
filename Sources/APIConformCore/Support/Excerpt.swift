/// Caps the text a finding carries from a body, so reports stay near the size of their input: a
/// 10 MB string in a failing field would otherwise be copied whole into the message, the actual
/// value, the JUnit `<failure>` body and the JSON report. The cap keeps the first bytes (on a
/// character boundary) and says how long the whole was: `abc… (10485760 bytes)`.
public enum Excerpt {
    /// `report_excerpt_bytes`: the most UTF-8 bytes of one message, path, expected or actual value.
    public static let maximumBytes = 4096

    /// `report_findings_listed`: the most findings (or warnings, or deviations) a human-readable report
    /// lists for one case; the rest are counted, and `run.ndjson` and `--format json` keep every one.
    public static let maximumFindingsListed = 200

    /// The first `maximumFindingsListed` items and, when some are left out, how many.
    public static func listed<T>(_ items: [T]) -> (shown: ArraySlice<T>, omitted: Int) {
        (items.prefix(maximumFindingsListed), max(0, items.count - maximumFindingsListed))
    }

    public static func capped(_ text: String, limit: Int = maximumBytes) -> String {
        let count = text.utf8.count
        guard count > limit else { return text }
        var kept = 0
        let head = text.unicodeScalars.prefix { scalar in
            kept += UTF8.width(scalar)
            return kept <= limit
        }
        return String(String.UnicodeScalarView(head)) + "… (\(count) bytes)"
    }

    /// The path with its member names capped when, together, they pass the limit: a hostile body's
    /// 10 MB key must not be copied whole into every finding below it. Indices stay exact.
    public static func capped(_ path: FindingPath, limit: Int = maximumBytes) -> FindingPath {
        guard case .value(let value) = path else { return path }
        let keyBytes = value.components.reduce(0) { total, component in
            if case .key(let key) = component { return total + key.utf8.count }
            return total
        }
        guard keyBytes > limit else { return path }
        let each = max(64, limit / max(1, value.components.count))
        return .value(JSONPath(value.components.map { component in
            if case .key(let key) = component { return .key(capped(key, limit: each)) }
            return component
        }))
    }
}
