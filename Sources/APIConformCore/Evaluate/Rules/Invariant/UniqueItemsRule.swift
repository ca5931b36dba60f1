/// No item appears twice in a list (by its id).
public struct UniqueItemsRule: InvariantRule {
    public static let key = "unique_items"
    public static let summary = "Items of a list have distinct keys (no media asset listed twice)."
    public static let discussion = """
        ```yaml
        - rule: unique_items
          items: $.MediaInfos
          key: MediaId
        ```
        Across pages the runner's paging walk applies the same rule to the whole walk.
        """
    public static let invariantKeys = ["items", "key"]

    public let itemKey: ItemKey

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> UniqueItemsRule? {
        ItemKey.read(declaration, keyRequired: false, sink: sink).map(UniqueItemsRule.init)
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        // Per list, each value's first entry (by position): paths are built only for what is reported.
        var seen: [[String: Int]] = []
        var failures: [RuleFailure] = []
        let entries = itemKey.select(in: body)
        for (position, entry) in entries.enumerated() {
            guard let value = entry.value, let text = ValueText.scalarText(value) else { continue }
            while seen.count <= entry.listNumber { seen.append([:]) }
            if let earlier = seen[entry.listNumber][text] {
                failures.append(RuleFailure(path: entry.path, message: "\(value.brief()) already appears at \(entries[earlier].path)", expected: "distinct", actual: value.brief()))
            } else {
                seen[entry.listNumber][text] = position
            }
        }
        return failures
    }

    public static let examples = [
        RuleExample("the same asset twice", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: unique_items, items: $.MediaInfos, key: MediaId}]
            """, body: #"{"MediaInfos": [{"MediaId": "a"}, {"MediaId": "b"}, {"MediaId": "a"}]}"#, findings: [#"$.MediaInfos[2].MediaId: "a" already appears at $.MediaInfos[0].MediaId"#]),
        RuleExample("distinct assets", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: unique_items, items: $.MediaInfos, key: MediaId}]
            """, body: #"{"MediaInfos": [{"MediaId": "a"}, {"MediaId": "b"}]}"#),
    ]
}
