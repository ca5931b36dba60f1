/// The value has the declared JSON type.
///
/// Clients decode by type: a `FileSize` that turns from `"14340962"` into `14340962`, or an integer
/// that arrives as `1.0`, breaks them. On the request side values travel as query text, so `"10"`
/// satisfies `integer` there.
public struct TypeRule: FieldRule {
    public static let key = "type"
    public static let summary = "The value has the declared JSON type (string, integer, number, boolean, object, array)."
    public static let discussion = """
        Configure with `type:` on a field. `integer` accepts only literals without fraction or exponent \
        (`1.0` is a number, not an integer). `null` is left to `presence`. Request parameters are sent as \
        query text, so there a string that parses as the declared type is accepted.
        """
    public static let scope = FieldRuleScope.everyField
    public static let takesFieldSeverity = false
    public static let fieldKeys = ["type"]

    public let expected: FieldType

    public init(expected: FieldType) {
        self.expected = expected
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> TypeRule? {
        type.map(TypeRule.init)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, !value.isNull else { return [] }
        if matches(value) { return [] }
        if context.side == .request, case .string(let text) = value, acceptsAsQueryText(text) { return [] }
        return [RuleFailure(path: path, message: "expected \(article(expected.rawValue)), found \(article(value.typeName))",
                            expected: expected.rawValue, actual: "\(value.typeName) \(value.brief())", drift: .typeChange)]
    }

    func matches(_ value: JSONValue) -> Bool {
        switch (expected, value) {
        case (.string, .string), (.boolean, .bool), (.object, .object), (.array, .array), (.number, .number): return true
        case (.integer, .number(let n)): return n.isInteger
        default: return false
        }
    }

    func acceptsAsQueryText(_ text: String) -> Bool {
        switch expected {
        case .integer: return NumericText.isInteger(text)
        case .number: return NumericText.isDecimal(text)
        case .boolean: return ["true", "false", "True", "False"].contains(text)
        default: return false
        }
    }

    func article(_ word: String) -> String {
        (["a", "e", "i", "o", "u"].contains(word.prefix(1)) ? "an " : "a ") + word
    }

    public static let examples = [
        RuleExample("a numeric string turned into a number", contract: """
            response: {fields: {FileSize: {type: string}}}
            """, body: #"{"FileSize": 14340962}"#, findings: ["$.FileSize: expected a string, found an integer"]),
        RuleExample("1.0 is not an integer", contract: """
            response: {fields: {CateId: {type: integer}}}
            """, body: #"{"CateId": 1.0}"#, findings: ["$.CateId: expected an integer, found a number"]),
        RuleExample("conforming values of every type", contract: """
            response: {fields: {a: {type: string}, b: {type: integer}, c: {type: number}, d: {type: boolean}, e: {type: object}, f: {type: array}}}
            """, body: #"{"a": "x", "b": 3, "c": 1.5, "d": true, "e": {}, "f": []}"#),
        RuleExample("a request integer sent as query text", contract: """
            request: {MaxResults: {type: integer}}
            """, request: #"{"MaxResults": "10"}"#, body: "{}"),
        RuleExample("a request integer that is not a number", contract: """
            request: {MaxResults: {type: integer}}
            """, request: #"{"MaxResults": "ten"}"#, body: "{}", findings: ["request:$.MaxResults: expected an integer, found a string"]),
    ]
}
