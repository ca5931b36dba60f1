/// One declared field of a request or response: its rules, and its children for objects and arrays.
public final class FieldSchema: Sendable {
    public let name: String
    public let location: SourceLocation
    /// The doc sentence this field's rules come from.
    public let doc: String?
    /// The declared JSON type, used by rules that interpret values (`range` on numbers and numeric strings).
    public let type: FieldType?
    /// The rules configured on this field, in declaration order.
    public let rules: [DeclaredFieldRule]
    /// Declared members of an object.
    public let fields: [FieldSchema]
    /// The element schema of an array.
    public let items: FieldSchema?
    /// A request parameter's default, used by rules bound to it.
    public let defaultValue: JSONValue?
    /// Member name → index in `fields`, so an object is walked in one pass over its members.
    public let fieldIndex: NameIndex
    /// Members whose absence is a finding (the only rules that fire on an absent value).
    public let requiredFields: [Int]

    public init(
        name: String, location: SourceLocation, doc: String?, type: FieldType?, rules: [DeclaredFieldRule],
        fields: [FieldSchema], items: FieldSchema?, defaultValue: JSONValue?
    ) {
        self.name = name
        self.location = location
        self.doc = doc
        self.type = type
        self.rules = rules
        self.fields = fields
        self.items = items
        self.defaultValue = defaultValue
        fieldIndex = NameIndex(fields.map(\.name))
        requiredFields = fields.indices.filter { index in fields[index].rules.contains { ($0.rule as? PresenceRule)?.required == true } }
    }

    public func field(_ name: String) -> FieldSchema? {
        fields.first { $0.name == name }
    }
}

/// The JSON types a contract can declare.
public enum FieldType: String, Sendable, CaseIterable {
    case string, integer, number, boolean, object, array
}

/// A field rule as configured in a contract: the rule, where it was declared and the doc it cites.
public struct DeclaredFieldRule: Sendable {
    public let rule: any FieldRule
    public var location: SourceLocation
    public var doc: String?
    public var severity: Severity
    /// Whether the rule reads a request parameter, asked once here rather than for every value walked.
    public let readsRequest: Bool

    public init(rule: any FieldRule, location: SourceLocation, doc: String?, severity: Severity) {
        self.rule = rule
        self.location = location
        self.doc = doc
        self.severity = severity
        readsRequest = !rule.parameterNames.isEmpty
    }
}

/// An operation-level rule as configured in a contract.
public struct DeclaredInvariant: Sendable {
    public var rule: any InvariantRule
    public var location: SourceLocation
    public var doc: String?
    public var severity: Severity
    /// The invariant applies only when all of these parameters are sent (`when: [PageNo]`).
    public var whenSent: [String]
    /// The invariant does not apply when any of these is sent (`unless: [asset_id]`: "invalid when asset_id is specified").
    public var unlessSent: [String]

    public init(rule: any InvariantRule, location: SourceLocation, doc: String?, severity: Severity, whenSent: [String] = [], unlessSent: [String] = []) {
        self.rule = rule
        self.location = location
        self.doc = doc
        self.severity = severity
        self.whenSent = whenSent
        self.unlessSent = unlessSent
    }

    /// Every request parameter the invariant reads, its rule's and those of `when`/`unless`.
    public var parameterNames: [String] { rule.parameterNames + whenSent + unlessSent }

    /// Whether the request makes this invariant apply.
    public func applies(in context: EvaluationContext) -> Bool {
        whenSent.allSatisfy(context.sent) && !unlessSent.contains(where: context.sent)
    }
}
