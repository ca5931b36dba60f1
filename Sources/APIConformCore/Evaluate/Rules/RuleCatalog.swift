/// Every rule APIConform knows, in the order the rule reference lists them.
/// A test checks that every rule type in `Rules/` is listed here and that keys are unique.
public enum RuleCatalog {
    public static let fieldRules: [any FieldRule.Type] = [
        TypeRule.self,
        PresenceRule.self,
        EnumRule.self,
        TimeFormatRule.self,
        NumericStringRule.self,
        JSONStringRule.self,
        LengthRule.self,
        ByteLengthRule.self,
        PatternRule.self,
        RangeRule.self,
        ListCapRule.self,
        DelimitedListRule.self,
        UndocumentedFieldRule.self,
        DuplicateKeyRule.self,
    ]

    public static let invariantRules: [any InvariantRule.Type] = [
        SortOrderRule.self,
        FilterMatchRule.self,
        TimeWindowRule.self,
        BatchPartitionRule.self,
        PagingRule.self,
        RelationRule.self,
        ConditionalPresenceRule.self,
        GroupLatestRule.self,
        RequestRelationRule.self,
        UniqueItemsRule.self,
        ErrorShapeRule.self,
    ]

    /// Rules that are not configured but apply to every body.
    public static let documentRules: [any Rule.Type] = [JSONSyntaxRule.self, InputLimitRule.self]

    public static var all: [any Rule.Type] {
        fieldRules.map { $0 as any Rule.Type } + invariantRules.map { $0 as any Rule.Type } + documentRules
    }

    public static func invariant(named key: String) -> (any InvariantRule.Type)? {
        invariantRules.first { $0.key == key }
    }
}
