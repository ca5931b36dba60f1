/// A string's length, in Unicode characters, is within the documented bounds.
public struct LengthRule: FieldRule {
    public static let key = "length"
    public static let summary = "String length in characters is within `min_length` … `max_length`."
    public static let discussion = """
        Configure with `min_length:` and/or `max_length:`. Length counts Unicode scalar values, as the \
        providers count "characters" (a Chinese title of 128 characters is 384 UTF-8 bytes).
        """
    public static let fieldKeys = ["min_length", "max_length"]

    public let minimum: Int64?
    public let maximum: Int64?

    public init(minimum: Int64?, maximum: Int64?) {
        self.minimum = minimum
        self.maximum = maximum
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> LengthRule? {
        LengthRule(minimum: field.integer("min_length"), maximum: field.integer("max_length"))
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        let count = Int64(text.unicodeScalars.count)
        let bounds = "\(minimum.map(String.init) ?? "0")…\(maximum.map(String.init) ?? "∞") characters"
        if let minimum, count < minimum {
            return [RuleFailure(path: path, message: "\(count) characters, fewer than \(minimum)", expected: bounds, actual: "\(count) characters")]
        }
        if let maximum, count > maximum {
            return [RuleFailure(path: path, message: "\(count) characters, more than \(maximum)", expected: bounds, actual: "\(count) characters")]
        }
        return []
    }

    public static let examples = [
        RuleExample("a title over 128 characters", contract: """
            response: {fields: {title: {type: string, max_length: 128}}}
            """, body: "{\"title\": \"\(String(repeating: "标", count: 129))\"}", findings: ["$.title: 129 characters, more than 128"]),
        RuleExample("a reference id under 6 characters", contract: """
            response: {fields: {ReferenceId: {type: string, min_length: 6, max_length: 64}}}
            """, body: #"{"ReferenceId": "12-3"}"#, findings: ["$.ReferenceId: 4 characters, fewer than 6"]),
        RuleExample("exactly at the bounds", contract: """
            response: {fields: {title: {type: string, max_length: 128}, ReferenceId: {type: string, min_length: 6}}}
            """, body: "{\"title\": \"\(String(repeating: "标", count: 128))\", \"ReferenceId\": \"123456\"}"),
    ]
}
