/// Within each group of items, the latest carries one value and the others another: "of the streams
/// with the same definition and format, the latest is Normal, the others Invisible".
public struct GroupLatestRule: InvariantRule {
    public static let key = "group_latest"
    public static let summary = "Items grouped by `group_by`: the latest by `key` has `field` = `latest`, the others `others`."
    public static let discussion = """
        ```yaml
        - rule: group_latest
          items: $.PlayInfoList.PlayInfo
          group_by: [Definition, Format]
          key: CreationTime
          time_format: iso8601_utc       # or compare: number; text otherwise
          field: Status
          latest: Normal
          others: Invisible
        ```
        Items tied for the latest may carry either value, but at least one of them carries `latest`. \
        Items whose key cannot be read are left to their field rules.
        """
    public static let invariantKeys = ["items", "group_by", "key", "time_format", "compare", "field", "latest", "others"]

    public let itemKey: ItemKey
    public let groupBy: [JSONPathPattern]
    public let order: ValueOrder
    public let field: JSONPathPattern
    public let latest: String
    public let others: String

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> GroupLatestRule? {
        guard let itemKey = ItemKey.read(declaration, keyRequired: true, sink: sink),
              let field = ItemKey.pattern(declaration, "field", required: true, sink: sink),
              let latest = declaration.string("latest", required: true),
              let others = declaration.string("others", required: true),
              let names = declaration.strings("group_by") else {
            if !declaration.has("group_by") { sink.report("missing_key", "group_latest needs 'group_by'", at: declaration.node.location, hint: "add group_by: [Definition, Format]") }
            return nil
        }
        var groupBy: [JSONPathPattern] = []
        for name in names {
            guard let pattern = try? JSONPathPattern(parsing: name) else {
                sink.report("invalid_path", "'\(name)' is not a member path", at: declaration.location(of: "group_by"), hint: "write it like Definition")
                return nil
            }
            groupBy.append(pattern)
        }
        return GroupLatestRule(itemKey: itemKey, groupBy: groupBy, order: ValueOrder.read(declaration, sink: sink), field: field, latest: latest, others: others)
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        struct Member { var key: ValueOrder.SortKey; var path: JSONPath; var value: JSONValue? }
        var groups: [[String?]: [Member]] = [:]
        var groupOrder: [[String?]] = []
        for (listPath, list) in itemKey.items.select(in: body) {
            for (index, item) in (list.arrayValue ?? []).enumerated() {
                let itemPath = listPath.appending(index: index)
                guard let keyPattern = itemKey.key, let keyValue = keyPattern.select(in: item).first?.value, let key = order.sortKey(keyValue) else { continue }
                let group = groupBy.map { $0.select(in: item).first.flatMap { ValueText.scalarText($0.value) } }
                let hit = field.select(in: item, at: itemPath).first
                if groups[group] == nil { groupOrder.append(group) }
                groups[group, default: []].append(Member(key: key, path: hit?.path ?? itemPath.appending(field.memberPath), value: hit?.value))
            }
        }
        var failures: [RuleFailure] = []
        for group in groupOrder {
            let members = groups[group] ?? []
            guard let newest = members.map(\.key).max() else { continue }
            let label = zip(groupBy.map(\.text), group).map { "\($0)=\($1 ?? "absent")" }.joined(separator: ", ")
            let tied = members.filter { $0.key == newest }
            if !tied.contains(where: { $0.value.flatMap(ValueText.scalarText) == latest }), let first = tied.first {
                failures.append(RuleFailure(path: first.path, message: "the latest of the group \(label) is \(first.value?.brief() ?? "absent"), not \(latest)",
                                            expected: latest, actual: first.value?.brief() ?? "absent"))
            }
            for member in members where member.key < newest && member.value.flatMap(ValueText.scalarText) != others {
                failures.append(RuleFailure(path: member.path, message: "an older item of the group \(label) is \(member.value?.brief() ?? "absent"), not \(others)",
                                            expected: others, actual: member.value?.brief() ?? "absent"))
            }
        }
        return failures
    }

    public static let examples = [
        RuleExample("an older HD mp4 stream still Normal", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: group_latest, items: $.PlayInfoList, group_by: [Definition, Format], key: CreationTime, time_format: iso8601_utc, field: Status, latest: Normal, others: Invisible}]
            """, body: #"{"PlayInfoList": [{"Definition": "HD", "Format": "mp4", "CreationTime": "2021-01-01T00:00:00Z", "Status": "Normal"}, {"Definition": "HD", "Format": "mp4", "CreationTime": "2021-01-02T00:00:00Z", "Status": "Normal"}]}"#,
            findings: [#"$.PlayInfoList[0].Status: an older item of the group Definition=HD, Format=mp4 is "Normal", not Invisible"#]),
        RuleExample("the latest stream Invisible", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: group_latest, items: $.PlayInfoList, group_by: [Definition], key: CreationTime, time_format: iso8601_utc, field: Status, latest: Normal, others: Invisible}]
            """, body: #"{"PlayInfoList": [{"Definition": "SD", "CreationTime": "2021-01-02T00:00:00Z", "Status": "Invisible"}]}"#,
            findings: [#"$.PlayInfoList[0].Status: the latest of the group Definition=SD is "Invisible", not Normal"#]),
        RuleExample("one Normal per group, the others Invisible", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: group_latest, items: $.PlayInfoList, group_by: [Definition, Format], key: CreationTime, time_format: iso8601_utc, field: Status, latest: Normal, others: Invisible}]
            """, body: #"{"PlayInfoList": [{"Definition": "HD", "Format": "mp4", "CreationTime": "2021-01-01T00:00:00Z", "Status": "Invisible"}, {"Definition": "HD", "Format": "mp4", "CreationTime": "2021-01-02T00:00:00Z", "Status": "Normal"}, {"Definition": "HD", "Format": "m3u8", "CreationTime": "2021-01-01T00:00:00Z", "Status": "Normal"}]}"#),
    ]
}

extension JSONPathPattern {
    /// The concrete path of a pattern without wildcards (a member such as `Output.Url`), for an absent member.
    var memberPath: JSONPath {
        JSONPath(steps.compactMap { step -> JSONPath.Component? in
            switch step {
            case .key(let key): return .key(key)
            case .index(let index): return .index(index)
            case .wildcard: return nil
            }
        })
    }
}
