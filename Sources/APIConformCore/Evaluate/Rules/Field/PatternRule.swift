import Foundation

/// A string matches the documented character set or shape, as a whole.
public struct PatternRule: FieldRule, @unchecked Sendable {
    public static let key = "pattern"
    public static let summary = "The whole string matches a regular expression (e.g. `^[A-Za-z0-9_-]+$`)."
    public static let discussion = """
        Configure with `pattern:` (ICU regular expression syntax). The pattern must match the whole value; \
        anchors are implied. A pattern that does not compile is a contract error at load.
        """
    public static let fieldKeys = ["pattern"]

    public let source: String
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    package let regex: NSRegularExpression

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> PatternRule? {
        guard let source = field.string("pattern") else { return nil }
        // \z, not $: ICU's $ also matches before a final newline, which would let "x.mp4\n" through.
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(source))\\z") else {
            sink.report("invalid_pattern", "'\(source)' is not a valid regular expression", at: field.location(of: "pattern"))
            return nil
        }
        return PatternRule(source: source, regex: regex)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        if PatternRule.wholeMatch(regex, text) { return [] }
        return [RuleFailure(path: path, message: "\(JSONValue.quoted(text)) does not match \(source)", expected: source, actual: value.brief())]
    }

    package static func wholeMatch(_ regex: NSRegularExpression, _ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, options: [], range: range) != nil
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
