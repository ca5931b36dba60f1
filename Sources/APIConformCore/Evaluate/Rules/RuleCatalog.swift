/// Every rule APIConform knows, in the order the rule reference lists them, and every other key a
/// finding may carry. `RuleCatalogTests` checks that every `*Rule.swift` type is listed here under
/// the snake_case of its name, that keys are unique, and that every key the sources emit is listed.
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

    /// Every key a finding may carry: the rules', then the case keys (`expect.*`, `stale_deviation`),
    /// then the drift summary's (`drift.*`).
    public static var findingKeys: [String] {
        all.map { $0.key } + CaseFindingKey.allCases.map(\.key) + DriftKind.allCases.map(\.findingKey)
    }

    public static func invariant(named key: String) -> (any InvariantRule.Type)? {
        invariantRules.first { $0.key == key }
    }
}
