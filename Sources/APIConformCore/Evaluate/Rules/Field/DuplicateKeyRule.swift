/// An object does not name the same member twice.
public struct DuplicateKeyRule: FieldRule {
    public static let key = "duplicate_key"
    public static let summary = "Objects do not repeat a member name (parsers disagree on which copy wins)."
    public static let discussion = """
        Every declared object gets this rule. JSON allows duplicate names only in theory: some clients \
        keep the first copy, others the last, so the value a client sees depends on its parser.
        """
    public static let scope = FieldRuleScope.everyObject
    public static let fieldKeys: [String] = []

    public init() {}

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> DuplicateKeyRule? {
        DuplicateKeyRule()
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let object = value?.objectValue, !object.duplicateKeys.isEmpty else { return [] }
        // One pass over the members counts every repeated name: counting each name by its own pass
        // would be quadratic in an object that repeats all its 10⁵ names.
        var counts = Dictionary(object.duplicateKeys.lazy.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
        for member in object.members where counts[member.key] != nil { counts[member.key]! += 1 }
        var reported: Set<String> = []
        return object.duplicateKeys.compactMap { key in
            guard reported.insert(key).inserted, let count = counts[key] else { return nil }
            return RuleFailure(path: path.appending(key), message: "member '\(key)' appears \(count) times", expected: "once", actual: "\(count) times")
        }
    }

    public static let examples = [
        RuleExample("a repeated member", contract: """
            response: {fields: {Status: {type: string}}}
            """, body: #"{"Status": "Normal", "Status": "Deleted"}"#, findings: ["$.Status: member 'Status' appears 2 times"]),
        RuleExample("distinct members", contract: """
            response: {fields: {Status: {type: string}, Title: {type: string}}}
            """, body: #"{"Status": "Normal", "Title": "t"}"#),
    ]
}
