/// Reads `cases/accepted-drift.yaml`: drift accepted with a reason and an optional expiry day.
///
/// ```yaml
/// accepted:
///   - operation: vod.BatchGetMediaInfos
///     path: $.MediaInfos[*].Mezzanine.FileSize
///     kind: type_change            # optional: every kind at the path
///     reason: VOD returns FileSize as a number since the 2026-10 release; our client copes (PR 812)
///     expires: 2027-01-31          # optional: the last day it holds
/// ```
public struct DriftAcceptanceLoader {
    static let keys = ["operation", "path", "kind", "reason", "expires"]
    let sink: DiagnosticSink
    /// Known operation ids, for "did you mean".
    let operations: KnownOperations

    public init(sink: DiagnosticSink, operations: [String]) {
        self.init(sink: sink, known: KnownOperations(operations))
    }

    public init(sink: DiagnosticSink, known: KnownOperations) {
        self.sink = sink
        self.operations = known
    }

    public func loadFile(_ path: String) -> [DriftAcceptance] {
        guard let text = SourceFile.read(path, sink: sink) else { return [] }
        return load(text: text, file: path)
    }

    public func load(text: String, file: String) -> [DriftAcceptance] {
        guard let top = YAMLDocument.topMapping(text, file: file, what: "accepted-drift file", sink: sink) else { return [] }
        top.finish(allowed: ["accepted"])
        guard let node = top.require("accepted") else { return [] }
        guard case .sequence(let items) = node.kind else {
            sink.report("wrong_type", "'accepted' must be a list, found \(node.kindDescription)", at: node.location)
            return []
        }
        return items.compactMap(loadAcceptance)
    }

    func loadAcceptance(_ node: YAMLNode) -> DriftAcceptance? {
        guard let reader = MappingReader(node, what: "accepted drift", sink: sink) else { return nil }
        reader.finish(allowed: Self.keys)
        guard let operation = reader.string("operation", required: true), let pathText = reader.string("path", required: true),
              let reason = reader.string("reason", required: true) else { return nil }
        if !operations.contains(operation) {
            sink.report("unknown_operation", "no contract for '\(operation)'", at: reader.location(of: "operation"),
                        hint: Suggestion.hint(for: operation, in: operations.names))
        }
        if reason.trimmed.isEmpty {
            sink.report("missing_reason", "accepted drift needs a reason", at: reader.location(of: "reason"), hint: "say why the change is fine and who decided")
        }
        let kind = reader.string("kind").flatMap { DriftKindReader.kind($0, at: reader.location(of: "kind"), sink: sink) }
        var expires: CalendarDay?
        if let text = reader.string("expires") {
            expires = CalendarDay(parsing: text)
            if expires == nil {
                sink.report("invalid_date", "'\(text)' is not a calendar day", at: reader.location(of: "expires"), hint: "write it as YYYY-MM-DD, e.g. 2027-01-31")
            }
        }
        guard let path = YAMLValue.pathPattern(pathText, at: reader.location(of: "path"), sink: sink) else { return nil }
        if reader.has("kind") && kind == nil { return nil }
        return DriftAcceptance(operation: operation, path: path, kind: kind, reason: reason, expires: expires, location: node.location)
    }
}

/// Drift kind names as written in YAML, with "did you mean".
enum DriftKindReader {
    static func kind(_ text: String, at location: SourceLocation, sink: DiagnosticSink) -> DriftKind? {
        if let kind = DriftKind(rawValue: text) { return kind }
        let names = DriftKind.allCases.map(\.rawValue)
        sink.report("unknown_value", "unknown drift kind '\(text)'", at: location, hint: Suggestion.hint(for: text, in: names) ?? "use one of \(names.joined(separator: ", "))")
        return nil
    }
}
