/// A string that carries a separated list (`MediaIds=a,b,c`, `tags=x,y`) keeps its caps.
public struct DelimitedListRule: FieldRule {
    public static let key = "delimited_list"
    public static let summary = "Separated lists in a string keep their caps: item count, item length, no empty items."
    public static let discussion = """
        Configure with `delimited: {separator: ",", max_items: 20, max_item_length: 24}`. Used for \
        VOD `MediaIds` (≤ 20), Huawei `tags` (≤ 16 tags of ≤ 24 characters) and the like. Items are \
        trimmed of spaces; an empty item (`a,,b`) is a finding.
        """
    public static let fieldKeys = ["delimited"]

    public let separator: String
    public let maxItems: Int64?
    public let maxItemLength: Int64?

    public init(separator: String, maxItems: Int64?, maxItemLength: Int64?) {
        self.separator = separator
        self.maxItems = maxItems
        self.maxItemLength = maxItemLength
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> DelimitedListRule? {
        guard let node = field["delimited"], let reader = MappingReader(node, what: "'delimited'", sink: sink) else { return nil }
        reader.finish(allowed: ["separator", "max_items", "max_item_length"])
        let separator = reader.string("separator") ?? ","
        guard separator.count == 1 else {
            sink.report("wrong_type", "'separator' must be one character", at: reader.location(of: "separator"))
            return nil
        }
        return DelimitedListRule(separator: separator, maxItems: reader.integer("max_items"), maxItemLength: reader.integer("max_item_length"))
    }

    public func items(of text: String) -> [String] {
        text.split(separator: Character(separator), omittingEmptySubsequences: false).map { String($0).trimmed }
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value, !text.isEmpty else { return [] }
        let parts = items(of: text)
        var failures: [RuleFailure] = []
        if let maxItems, parts.count > maxItems {
            failures.append(RuleFailure(path: path, message: "\(parts.count) items separated by '\(separator)', more than \(maxItems)",
                                        expected: "at most \(maxItems) items", actual: "\(parts.count) items"))
        }
        if parts.contains(where: \.isEmpty) {
            failures.append(RuleFailure(path: path, message: "an empty item in a '\(separator)'-separated list", expected: "no empty items", actual: value.brief()))
        }
        if let maxItemLength, let long = parts.first(where: { $0.unicodeScalars.count > maxItemLength }) {
            failures.append(RuleFailure(path: path, message: "item \(JSONValue.quoted(long)) has \(long.unicodeScalars.count) characters, more than \(maxItemLength)",
                                        expected: "items of at most \(maxItemLength) characters", actual: JSONValue.quoted(long)))
        }
        return failures
    }

    public static let examples = [
        RuleExample("21 media ids", contract: """
            request: {MediaIds: {type: string, delimited: {separator: ",", max_items: 20}}}
            """, request: "{\"MediaIds\": \"\((1...21).map { "id\($0)" }.joined(separator: ","))\"}", body: "{}",
            findings: ["request:$.MediaIds ~ 21 items separated by ',', more than 20"]),
        RuleExample("a tag of 25 characters", contract: """
            response: {fields: {tags: {type: string, delimited: {max_items: 16, max_item_length: 24}}}}
            """, body: "{\"tags\": \"ok,\(String(repeating: "t", count: 25))\"}", findings: ["$.tags ~ more than 24"]),
        RuleExample("an empty item", contract: """
            request: {MediaIds: {type: string, delimited: {max_items: 20}}}
            """, request: #"{"MediaIds": "a,,b"}"#, body: "{}", findings: ["request:$.MediaIds ~ an empty item"]),
        RuleExample("20 ids and 16 tags", contract: """
            request: {MediaIds: {type: string, delimited: {max_items: 20}}}
            response: {fields: {tags: {type: string, delimited: {max_items: 16, max_item_length: 24}}}}
            """, request: "{\"MediaIds\": \"\((1...20).map { "id\($0)" }.joined(separator: ","))\"}",
            body: "{\"tags\": \"\((1...16).map { "tag\($0)" }.joined(separator: ", "))\"}"),
    ]
}
