/// Every item's time lies inside the window the request asked for, with open or closed bounds.
public struct TimeWindowRule: InvariantRule {
    public static let key = "time_window"
    public static let summary = "Item times lie inside the requested window; each bound is open or closed as documented."
    public static let discussion = """
        ```yaml
        - rule: time_window
          items: $.MediaInfos
          key: MediaBasicInfo.CreateTime
          time_format: iso8601_utc
          start: {param: StartTime, inclusive: false}   # "This is an open interval"
          end: {param: EndTime, inclusive: true}        # "This is a closed interval"
          unless: [asset_id]                             # Huawei: ignored when asset_id is given
        ```
        The bounds are read in the item format unless `param_time_format` says otherwise. A bound \
        that is not sent is not checked.
        """
    public static let invariantKeys = ["items", "key", "time_format", "param_time_format", "start", "end"]

    public struct Bound: Sendable, Hashable {
        public var parameter: String
        public var inclusive: Bool
    }

    public let itemKey: ItemKey
    public let format: TimeFormat
    public let parameterFormat: TimeFormat
    public let start: Bound?
    public let end: Bound?

    public var parameterNames: [String] { [start?.parameter, end?.parameter].compactMap { $0 } }

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> TimeWindowRule? {
        guard let itemKey = ItemKey.read(declaration, keyRequired: true, sink: sink) else { return nil }
        guard case .time(let format) = ValueOrder.read(declaration, sink: sink) else {
            sink.report("missing_key", "time_window needs 'time_format'", at: declaration.node.location)
            return nil
        }
        let parameterFormat = declaration.string("param_time_format").flatMap(TimeFormat.init(rawValue:)) ?? format
        func bound(_ name: String) -> Bound? {
            guard let node = declaration[name], let reader = MappingReader(node, what: "'\(name)'", sink: sink) else { return nil }
            reader.finish(allowed: ["param", "inclusive"])
            guard let parameter = reader.string("param", required: true) else { return nil }
            return Bound(parameter: parameter, inclusive: reader.bool("inclusive") ?? true)
        }
        return TimeWindowRule(itemKey: itemKey, format: format, parameterFormat: parameterFormat, start: bound("start"), end: bound("end"))
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        func limit(_ bound: Bound?) -> (Bound, Int64, String)? {
            guard let bound, context.sent(bound.parameter), let text = context.request[bound.parameter].flatMap(ValueText.scalarText),
                  let seconds = parameterFormat.seconds(text) else { return nil }
            return (bound, seconds, text)
        }
        let low = limit(start), high = limit(end)
        guard low != nil || high != nil else { return [] }
        let window = "\(low.map { ($0.0.inclusive ? "[" : "(") + $0.2 } ?? "(-∞"), \(high.map { $0.2 + ($0.0.inclusive ? "]" : ")") } ?? "∞)")"
        var failures: [RuleFailure] = []
        for entry in itemKey.select(in: body) {
            guard let value = entry.value, let text = value.stringValue, let seconds = format.seconds(text) else { continue }
            var outside = false
            if let (bound, limit, _) = low { outside = outside || (bound.inclusive ? seconds < limit : seconds <= limit) }
            if let (bound, limit, _) = high { outside = outside || (bound.inclusive ? seconds > limit : seconds >= limit) }
            if outside {
                failures.append(RuleFailure(path: entry.path, message: "\(value.brief()) is outside the requested window \(window)",
                                            expected: "inside \(window)", actual: value.brief()))
            }
        }
        return failures
    }

    public static let examples = [
        RuleExample("an item created exactly at the open start", contract: """
            request: {StartTime: {type: string}, EndTime: {type: string}}
            response: {additional_fields: allow}
            invariants:
              - {rule: time_window, items: $.MediaInfos, key: CreateTime, time_format: iso8601_utc, start: {param: StartTime, inclusive: false}, end: {param: EndTime, inclusive: true}}
            """, request: #"{"StartTime": "2020-12-20T12:00:00Z", "EndTime": "2020-12-20T13:00:00Z"}"#,
            body: #"{"MediaInfos": [{"CreateTime": "2020-12-20T12:00:00Z"}]}"#, findings: [#"$.MediaInfos[0].CreateTime: "2020-12-20T12:00:00Z" is outside the requested window (2020-12-20T12:00:00Z, 2020-12-20T13:00:00Z]"#]),
        RuleExample("an item after the end", contract: """
            request: {start_time: {type: string}, end_time: {type: string}}
            response: {additional_fields: allow}
            invariants:
              - {rule: time_window, items: $.a, key: base_info.create_time, time_format: yyyymmddhhmmss, start: {param: start_time}, end: {param: end_time}}
            """, request: #"{"start_time": "20170725181000", "end_time": "20170726181000"}"#,
            body: #"{"a": [{"base_info": {"create_time": "20170726181001"}}]}"#, findings: [#"$.a[0].base_info.create_time: "20170726181001" is outside the requested window [20170725181000, 20170726181000]"#]),
        RuleExample("items on the closed end and just after the open start", contract: """
            request: {StartTime: {type: string}, EndTime: {type: string}}
            response: {additional_fields: allow}
            invariants:
              - {rule: time_window, items: $.MediaInfos, key: CreateTime, time_format: iso8601_utc, start: {param: StartTime, inclusive: false}, end: {param: EndTime, inclusive: true}}
            """, request: #"{"StartTime": "2020-12-20T12:00:00Z", "EndTime": "2020-12-20T13:00:00Z"}"#,
            body: #"{"MediaInfos": [{"CreateTime": "2020-12-20T13:00:00Z"}, {"CreateTime": "2020-12-20T12:00:01Z"}]}"#),
    ]
}
