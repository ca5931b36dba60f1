/// The value is one of the documented values (a closed enum).
public struct EnumRule: FieldRule {
    public static let key = "enum"
    public static let summary = "The value is one of the documented values."
    public static let discussion = """
        Configure with `enum: [a, b, …]` on a string or integer field. The set is closed: a new value is \
        a finding, because clients switch over these values exhaustively. Comparison is exact \
        (case and white space count). With `enum_open: true` a new value is reported as drift instead.
        """
    public static let fieldKeys = ["enum", "enum_open"]

    public let values: [String]
    public let open: Bool

    public init(values: [String], open: Bool = false) {
        self.values = values
        self.open = open
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> EnumRule? {
        guard let node = field["enum"] else {
            sink.report("missing_key", "'enum_open' needs 'enum'", at: field.location(of: "enum_open"))
            return nil
        }
        guard case .sequence(let items) = node.kind, !items.isEmpty else {
            sink.report("wrong_type", "'enum' must be a non-empty list of values", at: node.location)
            return nil
        }
        let values = items.compactMap { $0.scalar?.text }
        return EnumRule(values: values, open: field.bool("enum_open") ?? false)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, let text = ValueText.scalarText(value) else { return [] }
        if values.contains(text) { return [] }
        let kind = open ? "a value outside the documented set (open enum)" : "not in the documented set"
        return [RuleFailure(path: path, message: "\(JSONValue.quoted(text)) is \(kind)",
                            expected: "one of \(values.joined(separator: ", "))", actual: value.brief(),
                            drift: open ? .newEnumValue : .enumOutsideSet)]
    }

    public static let examples = [
        RuleExample("an undocumented status", contract: """
            response: {fields: {Status: {type: string, enum: [Init, Preparing, PrepareFail, Normal]}}}
            """, body: #"{"Status": "Deleted"}"#, findings: [#"$.Status: "Deleted" is not in the documented set"#]),
        RuleExample("case matters", contract: """
            response: {fields: {MediaType: {type: string, enum: [image, video, audio, text]}}}
            """, body: #"{"MediaType": "Video"}"#, findings: [#"$.MediaType: "Video" is not in the documented set"#]),
        RuleExample("a documented value", contract: """
            response: {fields: {Status: {type: string, enum: [Init, Normal]}}}
            """, body: #"{"Status": "Normal"}"#),
        RuleExample("a request enum", contract: """
            request: {SortBy: {type: string, enum: [desc, asc]}}
            """, request: #"{"SortBy": "descending"}"#, body: "{}", findings: [#"request:$.SortBy: "descending" is not in the documented set"#]),
    ]
}
