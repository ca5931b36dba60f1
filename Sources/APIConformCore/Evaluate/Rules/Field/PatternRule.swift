/// A string matches the documented character set or shape, as a whole.
public struct PatternRule: FieldRule {
    public static let key = "pattern"
    public static let summary = "The whole string matches a regular expression (e.g. `^[A-Za-z0-9_-]+$`)."
    public static let discussion = """
        Configure with `pattern:` (ICU regular expression syntax). The pattern must match the whole value; \
        anchors are implied. A pattern that does not compile is a contract error at load.
        """
    public static let fieldKeys = ["pattern"]

    public var source: String { pattern.source }
    public let pattern: ContractPattern

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> PatternRule? {
        guard let source = field.string("pattern") else { return nil }
        guard let pattern = ContractPattern(source) else {
            sink.report("invalid_pattern", "'\(source)' is not a valid regular expression", at: field.location(of: "pattern"))
            return nil
        }
        return PatternRule(pattern: pattern)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        if pattern.matches(text) { return [] }
        return [RuleFailure(path: path, message: "\(JSONValue.quoted(text)) does not match \(source)", expected: source, actual: value.brief())]
    }

    public static let examples = [
        RuleExample("a reference id with a space", contract: """
            response: {fields: {ReferenceId: {type: string, pattern: '[A-Za-z0-9_-]+'}}}
            """, body: #"{"ReferenceId": "123 123"}"#, findings: [#"$.ReferenceId: "123 123" does not match [A-Za-z0-9_-]+"#]),
        RuleExample("a trailing newline does not slip past the end anchor", contract: """
            response: {fields: {FileName: {type: string, pattern: '\\S(?:.*\\S)?'}}}
            """, body: #"{"FileName": "a.mp4\n"}"#, findings: [#"$.FileName: "a.mp4\n" does not match \S(?:.*\S)?"#]),
        RuleExample("a Huawei error code", contract: """
            response: {fields: {error_code: {type: string, pattern: 'VOD\\.[0-9]+'}}}
            """, body: #"{"error_code": "VOD.10053"}"#),
    ]
}
