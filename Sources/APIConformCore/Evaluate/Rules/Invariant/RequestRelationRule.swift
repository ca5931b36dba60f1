/// Two request parameters agree: "the end time must be later than the start time",
/// "(page + 1) × size cannot exceed 20,000". Checked on the request, before anything is sent.
public struct RequestRelationRule: InvariantRule {
    public static let key = "request_relation"
    public static let summary = "Request parameters agree with each other: `later` (times) or `product_at_most` ((left + offset) × right ≤ limit)."
    public static let discussion = """
        ```yaml
        - rule: request_relation
          check: later                 # left is later than right (both sent)
          left: EndTime
          right: StartTime
          time_format: iso8601_utc
        - rule: request_relation
          check: product_at_most       # (left + offset) × right ≤ limit, defaults count
          left: page
          right: size
          offset: 1
          limit: 20000
        ```
        A finding of this rule is a request finding, like the field rules of `request:`.
        """
    public static let invariantKeys = ["check", "left", "right", "time_format", "offset", "limit"]
    public static let checksRequest = true

    public enum Check: String, Sendable, CaseIterable {
        case later
        case productAtMost = "product_at_most"
    }

    public let check: Check
    public let left: String
    public let right: String
    public let format: TimeFormat?
    public let offset: Int64
    public let limit: Int64?

    public var parameterNames: [String] { [left, right] }

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> RequestRelationRule? {
        guard let checkText = declaration.string("check", required: true),
              let left = declaration.string("left", required: true),
              let right = declaration.string("right", required: true) else { return nil }
        guard let check = Check(rawValue: checkText) else {
            sink.report("unknown_value", "unknown request relation '\(checkText)'", at: declaration.location(of: "check"),
                        hint: Suggestion.hint(for: checkText, in: Check.allCases.map(\.rawValue)) ?? "use later or product_at_most")
            return nil
        }
        var format: TimeFormat?
        if case .time(let f) = ValueOrder.read(declaration, sink: sink) { format = f }
        if check == .later && format == nil {
            sink.report("missing_key", "later needs 'time_format'", at: declaration.node.location, hint: "add time_format: iso8601_utc")
            return nil
        }
        let limit = declaration.integer("limit")
        if check == .productAtMost && limit == nil {
            sink.report("missing_key", "product_at_most needs 'limit'", at: declaration.node.location, hint: "add limit: 20000")
            return nil
        }
        return RequestRelationRule(check: check, left: left, right: right, format: format, offset: declaration.integer("offset") ?? 0, limit: limit)
    }

    public func check(_ request: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        switch check {
        case .later:
            guard let format, context.sent(left), context.sent(right),
                  let l = context.request[left], let r = context.request[right],
                  let ls = l.stringValue.flatMap(format.seconds), let rs = r.stringValue.flatMap(format.seconds), ls <= rs else { return [] }
            return [RuleFailure(path: JSONPath([.key(left)]), message: "\(left) \(l.brief()) is not later than \(right) \(r.brief())",
                                expected: "later than \(r.brief())", actual: l.brief())]
        case .productAtMost:
            guard let limit, let l = context.parameter(left).flatMap(ValueText.integer), let r = context.parameter(right).flatMap(ValueText.integer) else { return [] }
            let (product, overflow) = (l + offset).multipliedReportingOverflow(by: r)
            guard overflow || product > limit else { return [] }
            let expression = offset == 0 ? "\(left) × \(right)" : "(\(left) + \(offset)) × \(right)"
            return [RuleFailure(path: JSONPath([.key(left)]), message: "\(expression) = \(overflow ? "more than \(Int64.max)" : String(product)), more than \(limit)",
                                expected: "at most \(limit)", actual: overflow ? "overflow" : String(product))]
        }
    }

    public static let examples = [
        RuleExample("an end time before the start time", contract: """
            request: {StartTime: {type: string}, EndTime: {type: string}}
            invariants: [{rule: request_relation, check: later, left: EndTime, right: StartTime, time_format: iso8601_utc}]
            """, request: #"{"StartTime": "2021-01-02T00:00:00Z", "EndTime": "2021-01-01T00:00:00Z"}"#, body: "{}",
            findings: [#"request:$.EndTime: EndTime "2021-01-01T00:00:00Z" is not later than StartTime "2021-01-02T00:00:00Z""#]),
        RuleExample("page 1000 of size 20 reaches past 20,000", contract: """
            request: {page: {type: integer, default: 0}, size: {type: integer, default: 10}}
            invariants: [{rule: request_relation, check: product_at_most, left: page, right: size, offset: 1, limit: 20000}]
            """, request: #"{"page": 1000, "size": 20}"#, body: "{}", findings: ["request:$.page: (page + 1) × size = 20020, more than 20000"]),
        RuleExample("a window in order and the last reachable page", contract: """
            request: {StartTime: {type: string}, EndTime: {type: string}, page: {type: integer, default: 0}, size: {type: integer, default: 10}}
            invariants:
              - {rule: request_relation, check: later, left: EndTime, right: StartTime, time_format: iso8601_utc}
              - {rule: request_relation, check: product_at_most, left: page, right: size, offset: 1, limit: 20000}
            """, request: #"{"StartTime": "2021-01-01T00:00:00Z", "EndTime": "2021-01-02T00:00:00Z", "page": 999, "size": 20}"#, body: "{}"),
    ]
}
