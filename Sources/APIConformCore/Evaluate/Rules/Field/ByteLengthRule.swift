/// A string's length in UTF-8 bytes is within the documented bounds ("不超过128个字节").
public struct ByteLengthRule: FieldRule {
    public static let key = "byte_length"
    public static let summary = "String length in UTF-8 bytes is within `min_bytes` … `max_bytes`."
    public static let discussion = """
        Configure with `max_bytes:` and/or `min_bytes:` where the doc counts bytes, not characters \
        (VOD titles: "不超过128个字节", 128 bytes: 42 Chinese characters). `max_length` counts characters.
        """
    public static let fieldKeys = ["min_bytes", "max_bytes"]

    public let minimum: Int64?
    public let maximum: Int64?

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> ByteLengthRule? {
        ByteLengthRule(minimum: field.integer("min_bytes"), maximum: field.integer("max_bytes"))
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        let count = Int64(text.utf8.count)
        let bounds = "\(minimum.map(String.init) ?? "0")…\(maximum.map(String.init) ?? "∞") bytes"
        if let minimum, count < minimum {
            return [RuleFailure(path: path, message: "\(count) bytes, fewer than \(minimum)", expected: bounds, actual: "\(count) bytes")]
        }
        if let maximum, count > maximum {
            return [RuleFailure(path: path, message: "\(count) bytes in UTF-8, more than \(maximum)", expected: bounds, actual: "\(count) bytes")]
        }
        return []
    }

    public static let examples = [
        RuleExample("43 Chinese characters are 129 bytes", contract: """
            response: {fields: {Title: {type: string, max_bytes: 128}}}
            """, body: "{\"Title\": \"\(String(repeating: "标", count: 43))\"}", findings: ["$.Title: 129 bytes in UTF-8, more than 128"]),
        RuleExample("42 Chinese characters and 128 ASCII letters fit", contract: """
            request: {Title: {type: string, max_bytes: 128}}
            response: {fields: {Title: {type: string, max_bytes: 128}}}
            """, request: "{\"Title\": \"\(String(repeating: "a", count: 128))\"}", body: "{\"Title\": \"\(String(repeating: "标", count: 42))\"}"),
    ]
}
