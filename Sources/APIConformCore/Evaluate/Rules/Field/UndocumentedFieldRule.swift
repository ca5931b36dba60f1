/// An object carries only the members its contract documents.
public struct UndocumentedFieldRule: FieldRule {
    public static let key = "undocumented_field"
    public static let summary = "Members the contract does not document are reported: drift in responses, violations in requests."
    public static let discussion = """
        Every declared object gets this rule. `additional_fields: drift` (the default for responses) \
        reports a new member as drift; `forbid` (the default for the request, where a misspelt parameter \
        is silently ignored by the provider) reports it as a violation; `allow` stays quiet.
        """
    public static let scope = FieldRuleScope.everyObject
    public static let fieldKeys = ["additional_fields"]

    public enum Mode: String, Sendable, CaseIterable {
        case allow, drift, forbid
    }

    public let mode: Mode
    public let documented: [String]
    let documentedNames: NameIndex
    /// The documented names prepared once for "did you mean", not once per undocumented member.
    let candidates: Suggestion.Candidates

    public init(mode: Mode, documented: [String]) {
        self.mode = mode
        self.documented = documented
        documentedNames = NameIndex(documented)
        candidates = Suggestion.Candidates(documented)
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> UndocumentedFieldRule? {
        guard let text = field.string("additional_fields") else { return nil }
        guard let mode = Mode(rawValue: text) else {
            sink.report("unknown_value", "additional_fields must be allow, drift or forbid, not '\(text)'", at: field.location(of: "additional_fields"))
            return nil
        }
        return UndocumentedFieldRule(mode: mode, documented: [])
    }

    /// The severity this mode reports with (the evaluator uses it in place of the declared one).
    public var severity: Severity { mode == .forbid ? .violation : .drift }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard mode != .allow, let object = value?.objectValue else { return [] }
        var failures: [RuleFailure] = []
        let what = context.side == .request ? "parameter" : "field"
        for member in object.members where !documentedNames.contains(member) {
            // Once per distinct name in the evaluation: 20,000 items with the same new member ask once.
            let hint = context.suggestions.closest(to: member.key, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
            failures.append(RuleFailure(path: path.appending(member.key), message: "undocumented \(what) '\(member.key)'\(hint)",
                                        expected: "absent", actual: member.value.brief(), drift: mode == .drift ? .newField : nil))
        }
        return failures
    }

    public static let examples = [
        RuleExample("a new member in a response", contract: """
            response: {fields: {RequestId: {type: string}}}
            """, body: #"{"RequestId": "r", "Region": "cn-shanghai"}"#, findings: ["$.Region: undocumented field 'Region'"]),
        RuleExample("a misspelt request parameter", contract: """
            request: {MaxResults: {type: integer}}
            """, request: #"{"MaxResult": 5}"#, body: "{}", findings: ["request:$.MaxResult: undocumented parameter 'MaxResult' (did you mean 'MaxResults'?)"]),
        RuleExample("allowed extra members", contract: """
            response: {additional_fields: allow, fields: {RequestId: {type: string}}}
            """, body: #"{"RequestId": "r", "Extra": 1}"#),
    ]
}
