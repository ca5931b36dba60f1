
/// A string that carries a separated list (`MediaIds=a,b,c`, `tags=x,y`) keeps its caps.
public struct DelimitedListRule: FieldRule {
    public static let key = "delimited_list"
    public static let summary = "Separated lists in a string keep their caps: item count, item length, no empty items."
    public static let discussion = """
        Configure with `delimited: {separator: ",", max_items: 20, max_item_length: 24}`. Used for \
        VOD `MediaIds` (≤ 20), Huawei `tags` (≤ 16 tags of ≤ 24 characters) and the like. Items are \
        trimmed of spaces; an empty item (`a,,b`) is a finding. Each item can be held to the doc's \
        per-item words too: `min_item_length`, `item_pattern` (whole item, ICU syntax) and `item_enum` — \
        "a custom ID must be 6 to 64 characters … letters, digits, hyphens and underscores" for every \
        `ReferenceIds` item.
        """
    public static let fieldKeys = ["delimited"]

    public let separator: String
    public let maxItems: Int64?
    public let maxItemLength: Int64?
    public let minItemLength: Int64?
    public let itemPattern: String?
    public let itemEnum: [String]?
    let itemRegex: ContractPattern?

    public init(separator: String, maxItems: Int64?, maxItemLength: Int64?, minItemLength: Int64? = nil, itemPattern: String? = nil, itemEnum: [String]? = nil) {
        self.separator = separator
        self.maxItems = maxItems
        self.maxItemLength = maxItemLength
        self.minItemLength = minItemLength
        self.itemPattern = itemPattern
        self.itemEnum = itemEnum
        itemRegex = itemPattern.flatMap(ContractPattern.init)
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> DelimitedListRule? {
        guard let node = field["delimited"], let reader = MappingReader(node, what: "'delimited'", sink: sink) else { return nil }
        reader.finish(allowed: ["separator", "max_items", "max_item_length", "min_item_length", "item_pattern", "item_enum"])
        let separator = reader.string("separator") ?? ","
        guard separator.count == 1 else {
            sink.report("wrong_type", "'separator' must be one character", at: reader.location(of: "separator"))
            return nil
        }
        let pattern = reader.string("item_pattern")
        if let pattern, ContractPattern(pattern) == nil {
            sink.report("invalid_pattern", "'\(pattern)' is not a valid regular expression", at: reader.location(of: "item_pattern"))
            return nil
        }
        return DelimitedListRule(separator: separator, maxItems: reader.integer("max_items"), maxItemLength: reader.integer("max_item_length"),
                                 minItemLength: reader.integer("min_item_length"), itemPattern: pattern, itemEnum: reader.strings("item_enum"))
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
        if let minItemLength, let short = parts.first(where: { !$0.isEmpty && $0.unicodeScalars.count < minItemLength }) {
            failures.append(RuleFailure(path: path, message: "item \(JSONValue.quoted(short)) has \(short.unicodeScalars.count) characters, fewer than \(minItemLength)",
                                        expected: "items of at least \(minItemLength) characters", actual: JSONValue.quoted(short)))
        }
        if let itemRegex, let itemPattern, let odd = parts.first(where: { !$0.isEmpty && !itemRegex.matches($0) }) {
            failures.append(RuleFailure(path: path, message: "item \(JSONValue.quoted(odd)) does not match \(itemPattern)", expected: itemPattern, actual: JSONValue.quoted(odd)))
        }
        if let itemEnum, let odd = parts.first(where: { !$0.isEmpty && !itemEnum.contains($0) }) {
            failures.append(RuleFailure(path: path, message: "item \(JSONValue.quoted(odd)) is not in the documented set", expected: itemEnum.joined(separator: ", "), actual: JSONValue.quoted(odd)))
        }
        return failures
    }

    public static let examples = [
        RuleExample("21 media ids", contract: """
            request: {MediaIds: {type: string, delimited: {separator: ",", max_items: 20}}}
            """, request: "{\"MediaIds\": \"\((1...21).map { "id\($0)" }.joined(separator: ","))\"}", body: "{}",
            findings: ["request:$.MediaIds: 21 items separated by ',', more than 20"]),
        RuleExample("a tag of 25 characters", contract: """
            response: {fields: {tags: {type: string, delimited: {max_items: 16, max_item_length: 24}}}}
            """, body: "{\"tags\": \"ok,\(String(repeating: "t", count: 25))\"}", findings: [#"$.tags: item "ttttttttttttttttttttttttt" has 25 characters, more than 24"#]),
        RuleExample("an empty item", contract: """
            request: {MediaIds: {type: string, delimited: {max_items: 20}}}
            """, request: #"{"MediaIds": "a,,b"}"#, body: "{}", findings: ["request:$.MediaIds: an empty item in a ','-separated list"]),
        RuleExample("a reference id of 5 characters and one with a space", contract: """
            request: {ReferenceIds: {type: string, delimited: {max_items: 20, min_item_length: 6, max_item_length: 64, item_pattern: '[A-Za-z0-9_-]+'}}}
            """, request: #"{"ReferenceIds": "123-123,12-34,1234 1234"}"#, body: "{}",
            findings: [#"request:$.ReferenceIds: item "12-34" has 5 characters, fewer than 6"#, #"request:$.ReferenceIds: item "1234 1234" does not match [A-Za-z0-9_-]+"#]),
        RuleExample("a status outside the set in a comma list", contract: """
            request: {Status: {type: string, delimited: {item_enum: [Normal, Blocked, Checking]}}}
            """, request: #"{"Status": "Normal,Deleted"}"#, body: "{}", findings: [#"request:$.Status: item "Deleted" is not in the documented set"#]),
        RuleExample("reference ids and statuses that keep the per-item rules", contract: """
            request:
              ReferenceIds: {type: string, delimited: {min_item_length: 6, max_item_length: 64, item_pattern: '[A-Za-z0-9_-]+'}}
              Status: {type: string, delimited: {item_enum: [Normal, Blocked, Checking]}}
            """, request: #"{"ReferenceIds": "123-123,1234_abcd", "Status": "Normal, Checking"}"#, body: "{}"),
        RuleExample("20 ids and 16 tags", contract: """
            request: {MediaIds: {type: string, delimited: {max_items: 20}}}
            response: {fields: {tags: {type: string, delimited: {max_items: 16, max_item_length: 24}}}}
            """, request: "{\"MediaIds\": \"\((1...20).map { "id\($0)" }.joined(separator: ","))\"}",
            body: "{\"tags\": \"\((1...16).map { "tag\($0)" }.joined(separator: ", "))\"}"),
    ]
}
