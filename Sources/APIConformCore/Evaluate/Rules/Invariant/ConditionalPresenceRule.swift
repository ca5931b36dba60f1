/// A field's presence depends on another field of the same object: "returned only when JobType is 2",
/// "an UNCREATED asset has no asset ID".
public struct ConditionalPresenceRule: InvariantRule {
    public static let key = "conditional_presence"
    public static let summary = "A member is required, or allowed, depending on a sibling's value (`required_when`, `required_unless`, `only_when`)."
    public static let discussion = """
        ```yaml
        - rule: conditional_presence
          each: $.asset_info_array[*]          # the objects to check
          field: asset_id                      # a member (dotted for nested members)
          required_unless: {status: [UNCREATED]}
          # required_when: {JobType: [2]}      # required when a sibling has one of these values
          # only_when: {JobType: [2]}          # present (not null) only when a sibling has one of them
        ```
        Each condition maps a sibling member (dotted path) to the values that match, compared as text \
        (`2` and `"2"` alike). An absent sibling matches no value. Use it where the doc ties a field to \
        another one; plain `required: true` stays on the field.
        """
    public static let invariantKeys = ["each", "field", "required_when", "required_unless", "only_when"]

    /// Sibling member path → the values that make the condition hold.
    public struct Condition: Sendable {
        public var member: [String]
        public var values: [String]

        func holds(in object: JSONValue) -> Bool {
            guard let value = JSONPath(member.map { .key($0) }).value(in: object), let text = ValueText.scalarText(value) else { return false }
            return values.contains(text)
        }

        var text: String { "\(member.joined(separator: ".")) is \(values.joined(separator: " or "))" }
    }

    public let each: JSONPathPattern
    public let field: [String]
    public let requiredWhen: Condition?
    public let requiredUnless: Condition?
    public let onlyWhen: Condition?

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> ConditionalPresenceRule? {
        guard let each = ItemKey.pattern(declaration, "each", required: true, sink: sink),
              let field = declaration.string("field", required: true) else { return nil }
        func condition(_ key: String) -> Condition? {
            guard let node = declaration[key], let reader = MappingReader(node, what: "'\(key)'", sink: sink) else { return nil }
            guard reader.entries.count == 1, let entry = reader.entries.first else {
                sink.report("wrong_type", "'\(key)' names one sibling member and its values", at: node.location, hint: "write \(key): {status: [UNCREATED]}")
                return nil
            }
            guard let values = YAMLValue.strings(entry.value, what: "the values of '\(entry.key)'", sink: sink) else { return nil }
            return Condition(member: entry.key.split(separator: ".").map(String.init), values: values)
        }
        let rule = ConditionalPresenceRule(each: each, field: field.split(separator: ".").map(String.init), requiredWhen: condition("required_when"),
                                           requiredUnless: condition("required_unless"), onlyWhen: condition("only_when"))
        if rule.requiredWhen == nil && rule.requiredUnless == nil && rule.onlyWhen == nil {
            sink.report("missing_key", "conditional_presence needs required_when, required_unless or only_when", at: declaration.node.location,
                        hint: "add required_unless: {status: [UNCREATED]} or the like; without a condition the rule never fires")
            return nil
        }
        return rule
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        var failures: [RuleFailure] = []
        let member = JSONPath(field.map { .key($0) })
        for (path, object) in each.select(in: body) where object.objectValue != nil {
            let value = member.value(in: object)
            let present = value.map { !$0.isNull } ?? false
            let fieldPath = path.appending(member)
            if !present, let condition = requiredWhen, condition.holds(in: object) {
                failures.append(RuleFailure(path: fieldPath, message: "missing although \(condition.text)", expected: "present", actual: "absent", drift: .missingField))
            } else if !present, let condition = requiredUnless, !condition.holds(in: object) {
                failures.append(RuleFailure(path: fieldPath, message: "missing, and only allowed to be when \(condition.text)", expected: "present", actual: "absent", drift: .missingField))
            }
            if present, let condition = onlyWhen, !condition.holds(in: object), let value {
                failures.append(RuleFailure(path: fieldPath, message: "present although it is returned only when \(condition.text)", expected: "absent", actual: value.brief()))
            }
        }
        return failures
    }

    public static let examples = [
        RuleExample("an asset id missing on a published asset", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: conditional_presence, each: "$.assets[*]", field: asset_id, required_unless: {status: [UNCREATED]}}]
            """, body: #"{"assets": [{"status": "PUBLISHED"}]}"#, findings: ["$.assets[0].asset_id: missing, and only allowed to be when status is UNCREATED"]),
        RuleExample("no asset id on an asset not yet created", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: conditional_presence, each: "$.assets[*]", field: asset_id, required_unless: {status: [UNCREATED]}}]
            """, body: #"{"assets": [{"status": "UNCREATED"}, {"status": "PUBLISHED", "asset_id": "a"}]}"#),
        RuleExample("a field returned only for JobType 2 on a JobType 1 stream", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: conditional_presence, each: "$.PlayInfoList[*]", field: Specification, only_when: {JobType: [2]}}]
            """, body: #"{"PlayInfoList": [{"JobType": 1, "Specification": "H264.LD"}, {"JobType": 2, "Specification": "H264.HD"}]}"#,
            findings: ["$.PlayInfoList[0].Specification: present although it is returned only when JobType is 2"]),
        RuleExample("required when a sibling says so", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: conditional_presence, each: "$.Jobs[*]", field: Output.Url, required_when: {Status: [Success]}}]
            """, body: #"{"Jobs": [{"Status": "Success", "Output": {}}, {"Status": "Fail"}]}"#, findings: ["$.Jobs[0].Output.Url: missing although Status is Success"]),
    ]
}
