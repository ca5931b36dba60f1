/// A list holds no more items than documented: a constant cap, or one bound to a request parameter.
public struct ListCapRule: FieldRule {
    public static let key = "list_cap"
    public static let summary = "Arrays hold at most `max_items` (a constant, or `{param: MaxResults, default: 10}`) and at least `min_items`."
    public static let discussion = """
        Configure with `max_items:` and/or `min_items:` on an array field. A bound cap reads the request \
        parameter as sent, else its default, so `MaxResults` unset means 10 items at most. On the \
        request side the same rule caps repeated parameters such as Huawei's `asset_id` (≤ 10). \
        `{param: size, ignored_when: [asset_id], then: 10}` is the doc's "size is invalid when asset_id is \
        specified" with "a maximum of 10 media assets can be queried at a time": when any of those \
        parameters is sent the cap is `then:` (without `then:` there is none).
        """
    public static let fieldKeys = ["max_items", "min_items"]

    public let maximum: ParameterBinding<Int64>?
    public let minimum: Int64?

    public init(maximum: ParameterBinding<Int64>?, minimum: Int64? = nil) {
        self.maximum = maximum
        self.minimum = minimum
    }

    public var parameterNames: [String] { maximum?.parameterNames ?? [] }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> ListCapRule? {
        let maximum = field["max_items"].flatMap {
            ParameterBinding<Int64>.read($0, what: "'max_items'", sink: sink) { YAMLValue.integer($0, what: "'max_items'", sink: sink) }
        }
        return ListCapRule(maximum: maximum, minimum: field.integer("min_items"))
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value else { return [] }
        let count: Int
        switch value {
        case .array(let items): count = items.count
        case .string where context.side == .request: count = 1
        default: return []
        }
        if let maximum, let cap = context.resolve(maximum), count > cap {
            let source = maximum.parameterName.map { " (\($0))" } ?? ""
            return [RuleFailure(path: path, message: "\(count) items, more than the cap of \(cap)\(source)", expected: "at most \(cap) items", actual: "\(count) items", drift: .capExceeded)]
        }
        if let minimum, count < minimum {
            return [RuleFailure(path: path, message: "\(count) items, fewer than \(minimum)", expected: "at least \(minimum) items", actual: "\(count) items")]
        }
        return []
    }

    public static let examples = [
        RuleExample("more items than MaxResults asked for", contract: """
            request: {MaxResults: {type: integer, default: 10}}
            response: {fields: {MediaInfos: {type: array, max_items: {param: MaxResults}}}}
            """, request: #"{"MaxResults": 2}"#, body: #"{"MediaInfos": [{}, {}, {}]}"#, findings: ["$.MediaInfos: 3 items, more than the cap of 2 (MaxResults)"]),
        RuleExample("the default cap when the parameter is unset", contract: """
            request: {MaxResults: {type: integer, default: 10}}
            response: {fields: {MediaInfos: {type: array, max_items: {param: MaxResults}}}}
            """, body: #"{"MediaInfos": [1,2,3,4,5,6,7,8,9,10,11]}"#, findings: ["$.MediaInfos: 11 items, more than the cap of 10 (MaxResults)"]),
        RuleExample("eleven asset ids in a request", contract: """
            request: {asset_id: {type: array, max_items: 10}}
            """, request: #"{"asset_id": ["1","2","3","4","5","6","7","8","9","10","11"]}"#, body: "{}", findings: ["request:$.asset_id: 11 items, more than the cap of 10"]),
        RuleExample("exactly at the cap", contract: """
            request: {MaxResults: {type: integer, default: 10}}
            response: {fields: {MediaInfos: {type: array, max_items: {param: MaxResults}}, ids: {type: array, max_items: 3}}}
            """, request: #"{"MaxResults": 2}"#, body: #"{"MediaInfos": [{}, {}], "ids": [1, 2, 3]}"#),
        RuleExample("size is ignored when asset_id is given: seven assets for size 5", contract: """
            request: {size: {type: integer, default: 10}, asset_id: {type: array}}
            response: {fields: {assets: {type: array, max_items: {param: size, ignored_when: [asset_id], then: 10}}}}
            """, request: #"{"size": 5, "asset_id": ["a","b","c","d","e","f","g"]}"#, body: #"{"assets": [{}, {}, {}, {}, {}, {}, {}]}"#),
        RuleExample("eleven assets for an asset_id query, above its own cap of 10", contract: """
            request: {size: {type: integer, default: 10}, asset_id: {type: array}}
            response: {fields: {assets: {type: array, max_items: {param: size, ignored_when: [asset_id], then: 10}}}}
            """, request: #"{"size": 20, "asset_id": ["a"]}"#, body: "{\"assets\": [\((1...11).map { _ in "{}" }.joined(separator: ","))]}",
            findings: ["$.assets: 11 items, more than the cap of 10 (size)"]),
        RuleExample("size still caps a listing without asset_id", contract: """
            request: {size: {type: integer, default: 10}, asset_id: {type: array}}
            response: {fields: {assets: {type: array, max_items: {param: size, ignored_when: [asset_id]}}}}
            """, request: #"{"size": 5}"#, body: #"{"assets": [{}, {}, {}, {}, {}, {}, {}]}"#, findings: ["$.assets: 7 items, more than the cap of 5 (size)"]),
    ]
}
