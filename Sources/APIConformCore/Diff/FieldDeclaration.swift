/// What a contract declares for one profiled field: the facts the diff grades a change by.
///
/// A field the contract does not declare (undocumented members, error bodies) has an empty
/// declaration; the diff then judges by what the old recordings showed.
public struct FieldDeclaration: Sendable {
    public var schema: FieldSchema?
    /// The largest number of items any request may get (see `cap(of:in:)`).
    public var cap: Int64?

    public static let none = FieldDeclaration(schema: nil, cap: nil)

    /// The declaration at `path` (`$.MediaInfos[*].MediaId`) in `contract`'s response tree.
    public init(path: JSONPathPattern, in contract: Contract) {
        var schema: FieldSchema? = contract.response
        for step in path.steps {
            switch step {
            case .key(let name): schema = schema?.field(name)
            case .wildcard, .index: schema = schema?.items
            }
        }
        self.init(schema: schema, cap: schema.flatMap { Self.cap(of: $0, in: contract) })
    }

    init(schema: FieldSchema?, cap: Int64?) {
        self.schema = schema
        self.cap = cap
    }

    public var isDeclared: Bool { schema != nil }

    func rule<R: FieldRule>(_ type: R.Type) -> R? {
        schema?.rules.lazy.compactMap { $0.rule as? R }.first
    }

    public var enumRule: EnumRule? { rule(EnumRule.self) }
    public var timeFormat: TimeFormat? { rule(TimeFormatRule.self)?.format }
    public var numericString: NumericStringRule? { rule(NumericStringRule.self) }
    public var nullable: Bool { rule(PresenceRule.self)?.nullable ?? false }

    /// Whether values of JSON type `typeName` are what the contract documents here.
    public func documents(typeName: String) -> Bool {
        switch (schema?.type, typeName) {
        case (.string?, "string"), (.integer?, "integer"), (.boolean?, "boolean"), (.object?, "object"), (.array?, "array"): return true
        case (.number?, "integer"), (.number?, "number"): return true
        default: return false
        }
    }

    /// A constant cap as it is; a cap bound to a request parameter at the most that parameter may be
    /// (its documented `maximum`, else the binding's or the parameter's default), because a recording
    /// set mixes requests and the diff judges the set, not one request.
    static func cap(of schema: FieldSchema, in contract: Contract) -> Int64? {
        let rule = schema.rules.lazy.compactMap { $0.rule as? ListCapRule }.first
        switch rule?.maximum {
        case .constant(let value)?: return value
        case .parameter(let name, let fallback, _, _)?:
            let parameter = contract.parameter(name)
            if let maximum = parameter?.rules.lazy.compactMap({ ($0.rule as? RangeRule)?.maximum }).first { return Int64(maximum) }
            return fallback ?? parameter?.defaultValue.flatMap(ValueText.integer)
        case nil: return nil
        }
    }
}
