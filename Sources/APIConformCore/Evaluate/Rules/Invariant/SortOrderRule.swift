/// Items come in the documented order, with the direction taken from a request parameter.
public struct SortOrderRule: InvariantRule {
    public static let key = "sort_order"
    public static let summary = "Items are sorted by a key, ascending or descending as the request (or its default) says."
    public static let discussion = """
        ```yaml
        - rule: sort_order
          items: $.MediaInfos
          key: MediaBasicInfo.CreateTime
          time_format: iso8601_utc        # or compare: number; text otherwise
          direction: {param: SortBy, default: desc}   # or a constant asc/desc
          directions: {"CreationTime:Desc": desc, "CreationTime:Asc": asc}   # parameter values that are not asc/desc
        ```
        A direction parameter whose documented values (its `enum` and `default`) are not all `asc`/`desc` \
        or mapped by `directions` is a load error: the rule would never fire for them. \
        Equal keys may come in any order. Items whose key is missing or unreadable are skipped \
        (their own field rules report them). The first out-of-order pair of each list is reported.
        """
    public static let invariantKeys = ["items", "key", "time_format", "compare", "direction", "directions"]

    public let itemKey: ItemKey
    public let order: ValueOrder
    public let direction: ParameterBinding<String>
    /// Parameter value → `asc` or `desc`, for values such as `CreationTime:Desc`.
    public let directions: [String: String]

    public var parameterNames: [String] { direction.parameterName.map { [$0] } ?? [] }

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> SortOrderRule? {
        guard let itemKey = ItemKey.read(declaration, keyRequired: true, sink: sink),
              let node = declaration.require("direction"),
              let direction = ParameterBinding<String>.read(node, what: "'direction'", sink: sink, scalar: { YAMLValue.string($0, what: "'direction'", sink: sink) })
        else { return nil }
        var directions: [String: String] = [:]
        if let node = declaration["directions"], let reader = MappingReader(node, what: "'directions'", sink: sink) {
            for entry in reader.entries {
                guard let text = YAMLValue.string(entry.value, what: "the direction of '\(entry.key)'", sink: sink) else { continue }
                guard text == "asc" || text == "desc" else {
                    sink.report("unknown_value", "a direction is asc or desc, not '\(text)'", at: entry.value.location, hint: "write \(entry.key): desc")
                    continue
                }
                directions[entry.key] = text
            }
        }
        return SortOrderRule(itemKey: itemKey, order: ValueOrder.read(declaration, sink: sink), direction: direction, directions: directions)
    }

    /// `asc` or `desc` for a parameter value: mapped by `directions`, else the value itself in any case.
    public func direction(for value: String) -> String? {
        if let mapped = directions[value] { return mapped }
        let lowered = value.lowercased()
        return lowered == "asc" || lowered == "desc" ? lowered : nil
    }

    /// The direction the request asks for, nil when it names none this rule can judge.
    public func resolvedDirection(in context: EvaluationContext) -> String? {
        context.resolve(direction).flatMap(direction(for:))
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        guard let direction = resolvedDirection(in: context) else { return [] }
        let descending = direction == "desc"
        var failures: [RuleFailure] = []
        var previous: (entry: ItemKey.Entry, key: ValueOrder.SortKey, value: JSONValue)?
        var reportedLists: Set<Int> = []
        for entry in itemKey.select(in: body) {
            guard let value = entry.value, let key = order.sortKey(value) else { continue }
            if let before = previous, before.entry.listNumber == entry.listNumber, !reportedLists.contains(entry.listNumber) {
                let broken = descending ? key > before.key : key < before.key
                if broken {
                    reportedLists.insert(entry.listNumber)
                    failures.append(RuleFailure(
                        path: entry.path,
                        message: "\(value.brief()) comes after \(before.value.brief()) at \(before.entry.path) but the order is \(direction)",
                        expected: "\(direction) by \(itemKey.key?.text ?? "value")", actual: "\(before.value.brief()) then \(value.brief())"))
                }
            }
            previous = (entry, key, value)
        }
        return failures
    }

    public static let examples = [
        RuleExample("oldest first under CreationTime:Desc", contract: """
            request: {SortBy: {type: string, enum: ["CreationTime:Desc", "CreationTime:Asc"], default: "CreationTime:Desc"}}
            response: {additional_fields: allow}
            invariants:
              - {rule: sort_order, items: $.VideoList.Video, key: CreationTime, time_format: iso8601_utc, direction: {param: SortBy}, directions: {"CreationTime:Desc": desc, "CreationTime:Asc": asc}}
            """, body: #"{"VideoList": {"Video": [{"CreationTime": "2021-01-01T00:00:00Z"}, {"CreationTime": "2021-01-02T00:00:00Z"}]}}"#,
            findings: [#"$.VideoList.Video[1].CreationTime: "2021-01-02T00:00:00Z" comes after "2021-01-01T00:00:00Z" at $.VideoList.Video[0].CreationTime but the order is desc"#]),
        RuleExample("oldest first under CreationTime:Asc", contract: """
            request: {SortBy: {type: string, enum: ["CreationTime:Desc", "CreationTime:Asc"], default: "CreationTime:Desc"}}
            response: {additional_fields: allow}
            invariants:
              - {rule: sort_order, items: $.VideoList.Video, key: CreationTime, time_format: iso8601_utc, direction: {param: SortBy}, directions: {"CreationTime:Desc": desc, "CreationTime:Asc": asc}}
            """, request: #"{"SortBy": "CreationTime:Asc"}"#, body: #"{"VideoList": {"Video": [{"CreationTime": "2021-01-01T00:00:00Z"}, {"CreationTime": "2021-01-02T00:00:00Z"}]}}"#),
        RuleExample("ascending items under the default desc", contract: """
            request: {SortBy: {type: string, enum: [desc, asc], default: desc}}
            response: {fields: {MediaInfos: {type: array}}, additional_fields: allow}
            invariants:
              - {rule: sort_order, items: $.MediaInfos, key: CreateTime, time_format: iso8601_utc, direction: {param: SortBy}}
            """, body: #"{"MediaInfos": [{"CreateTime": "2021-01-01T00:00:00Z"}, {"CreateTime": "2021-01-02T00:00:00Z"}]}"#,
            findings: [#"$.MediaInfos[1].CreateTime: "2021-01-02T00:00:00Z" comes after "2021-01-01T00:00:00Z" at $.MediaInfos[0].CreateTime but the order is desc"#]),
        RuleExample("descending items when asc was asked for", contract: """
            request: {SortBy: {type: string, default: desc}}
            invariants:
              - {rule: sort_order, items: $.MediaInfos, key: CreateTime, time_format: iso8601_utc, direction: {param: SortBy}}
            response: {additional_fields: allow}
            """, request: #"{"SortBy": "asc"}"#,
            body: #"{"MediaInfos": [{"CreateTime": "2021-01-02T00:00:00Z"}, {"CreateTime": "2021-01-01T00:00:00Z"}]}"#,
            findings: [#"$.MediaInfos[1].CreateTime: "2021-01-01T00:00:00Z" comes after "2021-01-02T00:00:00Z" at $.MediaInfos[0].CreateTime but the order is asc"#]),
        RuleExample("sorted both ways, ties allowed", contract: """
            request: {SortBy: {type: string, default: desc}}
            invariants:
              - {rule: sort_order, items: $.a, key: t, time_format: yyyymmddhhmmss, direction: {param: SortBy}}
            response: {additional_fields: allow}
            """, request: #"{"SortBy": "asc"}"#, body: #"{"a": [{"t": "20190101000000"}, {"t": "20190101000000"}, {"t": "20200101000000"}]}"#),
    ]
}
