/// A required field is present, and null appears only where the contract allows it.
public struct PresenceRule: FieldRule {
    public static let key = "presence"
    public static let summary = "Required fields are present; null only where `nullable: true`."
    public static let discussion = """
        Configure with `required: true` and `nullable: true` on a field. Fields are optional and \
        not nullable unless declared: a null where the docs show a typed value breaks clients that \
        decode into non-optional types. A required request parameter must also be non-empty: \
        `MediaIds: ""` sends no id. Where a provider's own example shows null, the contract says \
        `nullable: true` and cites it.
        """
    public static let scope = FieldRuleScope.everyField
    public static let takesFieldSeverity = false
    public static let fieldKeys = ["required", "nullable"]

    public let required: Bool
    public let nullable: Bool

    public init(required: Bool, nullable: Bool) {
        self.required = required
        self.nullable = nullable
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> PresenceRule? {
        PresenceRule(required: field.bool("required") ?? false, nullable: field.bool("nullable") ?? false)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value else {
            return required ? [RuleFailure(path: path, message: "required field is missing", expected: "present", actual: "absent", drift: .missingField)] : []
        }
        if value.isNull && !nullable {
            return [RuleFailure(path: path, message: "null where the contract does not allow null", expected: "a value", actual: "null", drift: .unexpectedNull)]
        }
        // A query parameter sent empty (`MediaIds=`) is not sent: the service sees no value.
        if required && context.side == .request && (value.stringValue?.trimmed.isEmpty == true || value.arrayValue?.isEmpty == true) {
            return [RuleFailure(path: path, message: "required parameter is empty", expected: "a non-empty value", actual: value.brief())]
        }
        return []
    }

    public static let examples = [
        RuleExample("a required field is missing", contract: """
            response: {fields: {RequestId: {type: string, required: true}}}
            """, body: "{}", findings: ["$.RequestId: required field is missing"]),
        RuleExample("null where null is not allowed", contract: """
            response: {fields: {Title: {type: string}}}
            """, body: #"{"Title": null}"#, findings: ["$.Title: null where the contract does not allow null"]),
        RuleExample("a required parameter sent empty", contract: """
            request: {MediaIds: {type: string, required: true}}
            """, request: #"{"MediaIds": ""}"#, body: "{}", findings: ["request:$.MediaIds: required parameter is empty"]),
        RuleExample("a required parameter with a value", contract: """
            request: {MediaIds: {type: string, required: true}}
            """, request: #"{"MediaIds": "a,b"}"#, body: "{}"),
        RuleExample("optional absent and nullable null", contract: """
            response: {fields: {Title: {type: string}, tags: {type: string, nullable: true}, RequestId: {type: string, required: true}}}
            """, body: #"{"tags": null, "RequestId": "r"}"#),
    ]
}
