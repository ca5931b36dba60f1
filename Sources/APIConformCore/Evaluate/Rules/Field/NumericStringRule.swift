/// A number encoded as a string is a well-formed integer or decimal.
public struct NumericStringRule: FieldRule {
    public static let key = "numeric_string"
    public static let summary = "Numbers sent as strings (`\"FileSize\": \"14340962\"`) are well-formed integers or decimals."
    public static let discussion = """
        Configure with `numeric_string: integer` or `numeric_string: decimal` on a string field. \
        `integer` is an optional minus and digits; `decimal` also allows one `.` followed by digits \
        (`60.00000`). Exponents, white space, units and empty strings are findings. Combine with \
        `type: string` so that a switch to a real JSON number is reported too.
        """
    public static let fieldKeys = ["numeric_string"]

    public let integerOnly: Bool

    public init(integerOnly: Bool) {
        self.integerOnly = integerOnly
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> NumericStringRule? {
        guard let text = field.string("numeric_string") else { return nil }
        switch text {
        case "integer": return NumericStringRule(integerOnly: true)
        case "decimal": return NumericStringRule(integerOnly: false)
        default:
            sink.report("unknown_value", "numeric_string must be 'integer' or 'decimal', not '\(text)'", at: field.location(of: "numeric_string"))
            return nil
        }
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        let ok = integerOnly ? NumericText.isInteger(text) : NumericText.isDecimal(text)
        if ok { return [] }
        let kind = integerOnly ? "an integer" : "a decimal number"
        return [RuleFailure(path: path, message: "\(JSONValue.quoted(text)) is not \(kind) written as a string",
                            expected: integerOnly ? "digits, e.g. \"14340962\"" : "digits with an optional fraction, e.g. \"60.00000\"",
                            actual: value.brief(), drift: .typeChange)]
    }

    public static let examples = [
        RuleExample("a size with a unit", contract: """
            response: {fields: {FileSize: {type: string, numeric_string: integer}}}
            """, body: #"{"FileSize": "14 MB"}"#, findings: [#"$.FileSize: "14 MB" is not an integer written as a string"#]),
        RuleExample("a fraction where an integer is documented", contract: """
            response: {fields: {Width: {type: string, numeric_string: integer}}}
            """, body: #"{"Width": "1280.0"}"#, findings: [#"$.Width: "1280.0" is not an integer written as a string"#]),
        RuleExample("an empty duration", contract: """
            response: {fields: {Duration: {type: string, numeric_string: decimal}}}
            """, body: #"{"Duration": ""}"#, findings: [#"$.Duration: "" is not a decimal number written as a string"#]),
        RuleExample("conforming numeric strings", contract: """
            response: {fields: {FileSize: {type: string, numeric_string: integer}, Duration: {type: string, numeric_string: decimal}, Bitrate: {type: string, numeric_string: decimal}}}
            """, body: #"{"FileSize": "14340962", "Duration": "60.00000", "Bitrate": "1912"}"#),
    ]
}
