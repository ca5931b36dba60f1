/// When the request filters by a value, every returned item carries that value.
public struct FilterMatchRule: InvariantRule {
    public static let key = "filter_match"
    public static let summary = "When a filter parameter is sent, every item echoes it (equal, one of several, or a tag in a list)."
    public static let discussion = """
        ```yaml
        - rule: filter_match
          items: $.MediaInfos
          key: MediaBasicInfo.MediaType
          param: MediaType
          match: equals          # equals (default): the item's value is one of the sent values
                                 # contains: the item's value is a list (`tag1,tag2`) that holds the sent value
          separator: ","         # for contains: how the item's list is written
          param_separator: ","   # the parameter carries several values ("Separate multiple statuses with commas")
          also_keys: [MediaBasicInfo.Category]   # one filter over several fields: any of them may match
        ```
        Repeated parameters (Huawei `status=A&status=B`), and with `param_separator` comma lists \
        (`Status=Normal,Blocked`), match if the item has any of the values. `separator` under \
        `match: equals` is a load error: it would never be read. \
        An item without the key is a finding: it cannot have matched the filter.
        """
    public static let invariantKeys = ["items", "key", "param", "match", "separator", "param_separator", "also_keys"]

    public let itemKey: ItemKey
    public let parameter: String
    public let contains: Bool
    public let separator: String
    /// How one parameter value lists several wanted values; nil: the value is one value.
    public let parameterSeparator: String?
    /// Further fields of the item the filter may match (one request filter over several response fields).
    public let alsoKeys: [JSONPathPattern]

    public var parameterNames: [String] { [parameter] }

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> FilterMatchRule? {
        guard let itemKey = ItemKey.read(declaration, keyRequired: true, sink: sink),
              let parameter = declaration.string("param", required: true) else { return nil }
        let match = declaration.string("match") ?? "equals"
        guard match == "equals" || match == "contains" else {
            sink.report("unknown_value", "match must be equals or contains, not '\(match)'", at: declaration.location(of: "match"))
            return nil
        }
        if match == "equals" && declaration.has("separator") {
            sink.report("never_fires", "'separator' is read only under match: contains", at: declaration.location(of: "separator"),
                        hint: "for a parameter that lists several values write param_separator: \",\"; for an item value that is a list use match: contains")
        }
        let parameterSeparator = declaration.string("param_separator")
        if let parameterSeparator, parameterSeparator.count != 1 {
            sink.report("wrong_type", "'param_separator' must be one character", at: declaration.location(of: "param_separator"), hint: "write param_separator: \",\"")
        }
        var alsoKeys: [JSONPathPattern] = []
        for text in declaration.strings("also_keys") ?? [] {
            guard let pattern = try? JSONPathPattern(parsing: text) else {
                sink.report("invalid_path", "'\(text)' is not a member path", at: declaration.location(of: "also_keys"), hint: "write it like MediaBasicInfo.Category")
                continue
            }
            alsoKeys.append(pattern)
        }
        return FilterMatchRule(itemKey: itemKey, parameter: parameter, contains: match == "contains", separator: declaration.string("separator") ?? ",",
                               parameterSeparator: parameterSeparator?.count == 1 ? parameterSeparator : nil, alsoKeys: alsoKeys)
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        guard context.sent(parameter), let wanted = context.values(of: parameter, separator: parameterSeparator), !wanted.isEmpty else { return [] }
        var failures: [RuleFailure] = []
        for entry in itemKey.select(in: body) {
            if matches(entry.value, wanted) { continue }
            if alsoKeys.contains(where: { key in key.select(in: entry.item).contains { matches($0.value, wanted) } }) { continue }
            failures.append(RuleFailure(
                path: entry.path,
                message: "the request filters \(parameter)=\(wanted.joined(separator: "|")) but this item has \(entry.value?.brief() ?? "no value")",
                expected: contains ? "a list containing \(wanted.joined(separator: " or "))" : wanted.joined(separator: " or "),
                actual: entry.value?.brief() ?? "absent"))
        }
        return failures
    }

    func matches(_ value: JSONValue?, _ wanted: [String]) -> Bool {
        let text = value.flatMap(ValueText.scalarText)
        let have = contains ? (text?.split(separator: Character(separator)).map { String($0).trimmed } ?? []) : (text.map { [$0] } ?? [])
        return have.contains(where: wanted.contains)
    }

    public static let examples = [
        RuleExample("a Blocked video in a Normal,Checking listing", contract: """
            request: {Status: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: filter_match, items: $.VideoList.Video, key: Status, param: Status, param_separator: ","}]
            """, request: #"{"Status": "Normal,Checking"}"#, body: #"{"VideoList": {"Video": [{"Status": "Checking"}, {"Status": "Blocked"}, {"Status": "Normal"}]}}"#,
            findings: [#"$.VideoList.Video[1].Status: the request filters Status=Normal|Checking but this item has "Blocked""#]),
        RuleExample("one filter over two fields: neither holds the value", contract: """
            request: {CateId: {type: integer}}
            response: {additional_fields: allow}
            invariants: [{rule: filter_match, items: $.Videos, key: CateId, also_keys: [ParentCateId], param: CateId}]
            """, request: #"{"CateId": 7}"#, body: #"{"Videos": [{"CateId": 7}, {"CateId": 9, "ParentCateId": 7}, {"CateId": 9, "ParentCateId": 8}]}"#,
            findings: ["$.Videos[2].CateId: the request filters CateId=7 but this item has 9"]),
        RuleExample("every item has one of the comma-separated statuses", contract: """
            request: {Status: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: filter_match, items: $.VideoList.Video, key: Status, param: Status, param_separator: ","}]
            """, request: #"{"Status": "Normal, Checking"}"#, body: #"{"VideoList": {"Video": [{"Status": "Checking"}, {"Status": "Normal"}]}}"#),
        RuleExample("an audio item in a video-only listing", contract: """
            request: {MediaType: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: filter_match, items: $.MediaInfos, key: MediaBasicInfo.MediaType, param: MediaType}]
            """, request: #"{"MediaType": "video"}"#, body: #"{"MediaInfos": [{"MediaBasicInfo": {"MediaType": "video"}}, {"MediaBasicInfo": {"MediaType": "audio"}}]}"#,
            findings: [#"$.MediaInfos[1].MediaBasicInfo.MediaType: the request filters MediaType=video but this item has "audio""#]),
        RuleExample("a tag filter against a tag list", contract: """
            request: {MediaTagId: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: filter_match, items: $.MediaInfos, key: MediaBasicInfo.MediaTags, param: MediaTagId, match: contains}]
            """, request: #"{"MediaTagId": "sticker-cute"}"#, body: #"{"MediaInfos": [{"MediaBasicInfo": {"MediaTags": "sticker-daily"}}]}"#,
            findings: [#"$.MediaInfos[0].MediaBasicInfo.MediaTags: the request filters MediaTagId=sticker-cute but this item has "sticker-daily""#]),
        RuleExample("repeated statuses, integer category, tags in a list", contract: """
            request: {status: {type: array}, category_id: {type: integer}, MediaTagId: {type: string}}
            response: {additional_fields: allow}
            invariants:
              - {rule: filter_match, items: $.a, key: status, param: status}
              - {rule: filter_match, items: $.a, key: category_id, param: category_id}
              - {rule: filter_match, items: $.a, key: tags, param: MediaTagId, match: contains}
            """, request: #"{"status": ["PUBLISHED", "CREATED"], "category_id": 7, "MediaTagId": "bgm-upbeat"}"#,
            body: #"{"a": [{"status": "CREATED", "category_id": 7, "tags": "bgm-romantic, bgm-upbeat"}, {"status": "PUBLISHED", "category_id": 7, "tags": "bgm-upbeat"}]}"#),
        RuleExample("no filter sent", contract: """
            request: {MediaType: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: filter_match, items: $.MediaInfos, key: MediaType, param: MediaType}]
            """, body: #"{"MediaInfos": [{"MediaType": "audio"}]}"#),
    ]
}
