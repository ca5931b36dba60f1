/// A string that carries JSON (`"Snapshots": "[{…}]"`) parses, and as the documented kind.
public struct JSONStringRule: FieldRule {
    public static let key = "json_string"
    public static let summary = "Strings that carry JSON parse, as an array, an object or any value as documented."
    public static let discussion = """
        Configure with `json_string: array`, `object` or `any`. The inner text is parsed with the same \
        strict reader as bodies; the message gives the inner line and column of the fault. The empty \
        string is a finding (it is not JSON); `"null"` parses as JSON null and satisfies only `any`.
        """
    public static let fieldKeys = ["json_string"]

    public enum Kind: String, Sendable, CaseIterable {
        case array, object, any
    }

    public let kind: Kind

    public init(kind: Kind) {
        self.kind = kind
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> JSONStringRule? {
        guard let text = field.string("json_string") else { return nil }
        guard let kind = Kind(rawValue: text) else {
            sink.report("unknown_value", "json_string must be array, object or any, not '\(text)'", at: field.location(of: "json_string"))
            return nil
        }
        return JSONStringRule(kind: kind)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        let inner: JSONValue
        do {
            inner = try JSONReader().parse(text)
        } catch {
            return [RuleFailure(path: path, message: "the string does not hold valid JSON: \(error)",
                                expected: "JSON \(kind.rawValue) in a string", actual: value.brief())]
        }
        switch (kind, inner) {
        case (.any, _), (.array, .array), (.object, .object): return []
        default:
            return [RuleFailure(path: path, message: "the string holds JSON \(inner.typeName), expected JSON \(kind.rawValue)",
                                expected: "JSON \(kind.rawValue) in a string", actual: value.brief())]
        }
    }

    public static let examples = [
        RuleExample("truncated JSON in a string", contract: """
            response: {fields: {Snapshots: {type: string, json_string: array}}}
            """, body: #"{"Snapshots": "[{\"bucket\":\"b\""}"#, findings: ["$.Snapshots: the string does not hold valid JSON: unexpected end of input inside an object at line 1, column 15 (byte 14)"]),
        RuleExample("the string null where an array is documented", contract: """
            response: {fields: {Snapshots: {type: string, json_string: array}}}
            """, body: #"{"Snapshots": "null"}"#, findings: ["$.Snapshots: the string holds JSON null, expected JSON array"]),
        RuleExample("conforming JSON strings", contract: """
            response: {fields: {Snapshots: {type: string, json_string: array}, UserData: {type: string, json_string: object}}}
            """, body: #"{"Snapshots": "[{\"count\":\"3\"}]", "UserData": "{\"Extend\":\"x\"}"}"#),
    ]
}
