/// A number, or a number written as a string, lies within the documented range.
public struct RangeRule: FieldRule {
    public static let key = "range"
    public static let summary = "Numbers and numeric strings lie within `minimum` … `maximum` (`exclusive_maximum` for half-open ranges)."
    public static let discussion = """
        Configure with `minimum:`, `maximum:`, `exclusive_minimum:` and/or `exclusive_maximum:`. Applies to \
        JSON numbers and to numeric strings (VOD `Rotate` is `"90"` in [0, 360)). A value that is not a \
        number is left to `type` and `numeric_string`. `also_allowed: [0]` admits values outside the range \
        that the doc itself shows with another meaning (Huawei's HLS index entry and audio renditions \
        report `width: 0`: no picture).
        """
    public static let fieldKeys = ["minimum", "maximum", "exclusive_minimum", "exclusive_maximum", "also_allowed"]

    public let minimum: Double?
    public let maximum: Double?
    public let exclusiveMinimum: Double?
    public let exclusiveMaximum: Double?
    /// Values outside the range that still conform (a documented "none" such as 0).
    public var alsoAllowed: [Double] = []

    public init(minimum: Double? = nil, maximum: Double? = nil, exclusiveMinimum: Double? = nil, exclusiveMaximum: Double? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.exclusiveMinimum = exclusiveMinimum
        self.exclusiveMaximum = exclusiveMaximum
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> RangeRule? {
        var rule = RangeRule(minimum: field.number("minimum"), maximum: field.number("maximum"),
                             exclusiveMinimum: field.number("exclusive_minimum"), exclusiveMaximum: field.number("exclusive_maximum"))
        if let node = field["also_allowed"] {
            guard case .sequence(let items) = node.kind else {
                sink.report("wrong_type", "'also_allowed' must be a list of numbers", at: node.location, hint: "write also_allowed: [0]")
                return rule
            }
            rule.alsoAllowed = items.compactMap { item in
                let value = ValueText.number(item.jsonValue)
                if value == nil { sink.report("wrong_type", "each item of 'also_allowed' must be a number", at: item.location, hint: "write also_allowed: [0]") }
                return value
            }
        }
        return rule
    }

    var interval: String {
        let low = minimum.map { "[\(format($0))" } ?? exclusiveMinimum.map { "(\(format($0))" } ?? "(-∞"
        let high = maximum.map { "\(format($0))]" } ?? exclusiveMaximum.map { "\(format($0)))" } ?? "∞)"
        return "\(low), \(high)"
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, let number = ValueText.number(value) else { return [] }
        var inside = true
        if let minimum, number < minimum { inside = false }
        if let maximum, number > maximum { inside = false }
        if let exclusiveMinimum, number <= exclusiveMinimum { inside = false }
        if let exclusiveMaximum, number >= exclusiveMaximum { inside = false }
        if inside || alsoAllowed.contains(number) { return [] }
        return [RuleFailure(path: path, message: "\(value.brief()) is outside \(interval)", expected: interval, actual: value.brief())]
    }

    func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    public static let examples = [
        RuleExample("a rotation of 360", contract: """
            response: {fields: {Rotate: {type: string, numeric_string: integer, minimum: 0, exclusive_maximum: 360}}}
            """, body: #"{"Rotate": "360"}"#, findings: [#"$.Rotate: "360" is outside [0, 360)"#]),
        RuleExample("a flag of 2", contract: """
            response: {fields: {is_truncated: {type: integer, minimum: 0, maximum: 1}}}
            """, body: #"{"is_truncated": 2}"#, findings: ["$.is_truncated: 2 is outside [0, 1]"]),
        RuleExample("a request page size of 0", contract: """
            request: {size: {type: integer, minimum: 1, maximum: 100}}
            """, request: #"{"size": 0}"#, body: "{}", findings: ["request:$.size: 0 is outside [1, 100]"]),
        RuleExample("a width of 0 where 0 is allowed, and of 16 where it is not", contract: """
            response: {fields: {m: {type: array, items: {type: object, fields: {width: {type: integer, minimum: 32, maximum: 3840, also_allowed: [0]}}}}}}
            """, body: #"{"m": [{"width": 0}, {"width": 16}, {"width": 512}]}"#, findings: ["$.m[1].width: 16 is outside [32, 3840]"]),
        RuleExample("values at the bounds", contract: """
            response: {fields: {Rotate: {type: string, minimum: 0, exclusive_maximum: 360}, is_truncated: {type: integer, minimum: 0, maximum: 1}}}
            """, body: #"{"Rotate": "359", "is_truncated": 1}"#),
    ]
}
