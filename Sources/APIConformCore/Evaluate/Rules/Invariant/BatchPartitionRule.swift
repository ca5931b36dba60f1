/// A batch lookup accounts for every requested id exactly once, across the returned items and the
/// lists of ids it could not return, and returns nothing that was not asked for.
public struct BatchPartitionRule: InvariantRule {
    public static let key = "batch_partition"
    public static let summary = "Requested ids = returned ∪ the not-returned lists, disjoint, nothing extra."
    public static let discussion = """
        ```yaml
        - rule: batch_partition
          requested: {param: MediaIds, separator: ","}
          returned: $.MediaInfos[*].MediaId
          others: [$.NonExistMediaIds[*], $.ForbiddenMediaIds[*]]
          complete: true     # false: the API does not list what it left out (only "nothing extra")
        ```
        An id in two places, an id listed that was never requested, and (when `complete`) a requested \
        id found nowhere are each a finding.
        """
    public static let invariantKeys = ["requested", "returned", "others", "complete"]

    public let parameter: String
    public let separator: String?
    public let returned: JSONPathPattern
    public let others: [JSONPathPattern]
    public let complete: Bool

    public var parameterNames: [String] { [parameter] }

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> BatchPartitionRule? {
        guard let node = declaration.require("requested"), let requested = MappingReader(node, what: "'requested'", sink: sink) else { return nil }
        requested.finish(allowed: ["param", "separator"])
        guard let parameter = requested.string("param", required: true),
              let returned = ItemKey.pattern(declaration, "returned", required: true, sink: sink) else { return nil }
        var others: [JSONPathPattern] = []
        for text in declaration.strings("others") ?? [] {
            guard let pattern = try? JSONPathPattern(parsing: text) else {
                sink.report("invalid_path", "'\(text)' is not a JSONPath", at: declaration.location(of: "others"))
                return nil
            }
            others.append(pattern)
        }
        return BatchPartitionRule(parameter: parameter, separator: requested.string("separator"), returned: returned,
                                  others: others, complete: declaration.bool("complete") ?? true)
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        guard let requested = context.values(of: parameter, separator: separator), !requested.isEmpty else { return [] }
        let wanted = Set(requested)
        var firstSeen: [String: JSONPath] = [:]
        var failures: [RuleFailure] = []
        for pattern in [returned] + others {
            for (path, value) in pattern.select(in: body) {
                guard let id = ValueText.scalarText(value) else { continue }
                if !wanted.contains(id) {
                    failures.append(RuleFailure(path: path, message: "\(JSONValue.quoted(id)) was not requested in \(parameter)",
                                                expected: "one of the requested ids", actual: JSONValue.quoted(id)))
                } else if let earlier = firstSeen[id] {
                    failures.append(RuleFailure(path: path, message: "\(JSONValue.quoted(id)) is also accounted for at \(earlier)",
                                                expected: "each id in exactly one place", actual: "twice"))
                }
                if firstSeen[id] == nil { firstSeen[id] = path }
            }
        }
        if complete {
            var reported: Set<String> = []
            for id in requested where firstSeen[id] == nil && reported.insert(id).inserted {
                failures.append(RuleFailure(path: .root, message: "requested id \(JSONValue.quoted(id)) is neither returned nor listed as left out",
                                            expected: "in \(([returned] + others).map(\.text).joined(separator: " or "))", actual: "missing"))
            }
        }
        return failures
    }

    public static let examples = [
        RuleExample("a requested id accounted for nowhere", contract: """
            request: {MediaIds: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: batch_partition, requested: {param: MediaIds, separator: ","}, returned: "$.MediaInfos[*].MediaId", others: ["$.IgnoredList[*]"]}]
            """, request: #"{"MediaIds": "a,b,c"}"#, body: #"{"MediaInfos": [{"MediaId": "a"}], "IgnoredList": ["b"]}"#,
            findings: [#"$: requested id "c" is neither returned nor listed as left out"#]),
        RuleExample("an id both returned and non-existent, and one never asked for", contract: """
            request: {MediaIds: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: batch_partition, requested: {param: MediaIds, separator: ","}, returned: "$.MediaInfos[*].MediaId", others: ["$.NonExistMediaIds[*]"]}]
            """, request: #"{"MediaIds": "a,b"}"#, body: #"{"MediaInfos": [{"MediaId": "a"}, {"MediaId": "z"}], "NonExistMediaIds": ["a", "b"]}"#,
            findings: [#"$.MediaInfos[1].MediaId: "z" was not requested in MediaIds"#, #"$.NonExistMediaIds[0]: "a" is also accounted for at $.MediaInfos[0].MediaId"#]),
        RuleExample("an exact partition", contract: """
            request: {MediaIds: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: batch_partition, requested: {param: MediaIds, separator: ","}, returned: "$.MediaInfos[*].MediaId", others: ["$.NonExistMediaIds[*]", "$.ForbiddenMediaIds[*]"]}]
            """, request: #"{"MediaIds": "a, b,c"}"#, body: #"{"MediaInfos": [{"MediaId": "a"}], "NonExistMediaIds": ["b"], "ForbiddenMediaIds": ["c"]}"#),
        RuleExample("an incomplete listing that returns only what was asked", contract: """
            request: {asset_id: {type: array}}
            response: {additional_fields: allow}
            invariants: [{rule: batch_partition, requested: {param: asset_id}, returned: "$.asset_info_array[*].asset_id", complete: false}]
            """, request: #"{"asset_id": ["a", "b"]}"#, body: #"{"asset_info_array": [{"asset_id": "b"}]}"#),
    ]
}
