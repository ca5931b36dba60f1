/// A time is written in the documented format, in UTC, and is a real calendar date.
public struct TimeFormatRule: FieldRule {
    public static let key = "time_format"
    public static let summary = "Times are ISO 8601 UTC `YYYY-MM-DDThh:mm:ssZ` or `yyyymmddhhmmss` UTC, and calendar-valid."
    public static let discussion = """
        Configure with `time_format: iso8601_utc` (Alibaba) or `time_format: yyyymmddhhmmss` (Huawei). \
        Offsets such as `+08:00`, fractional seconds, surrounding white space, the other provider's \
        format and impossible dates (`2021-02-30T…`) are findings; the message names which.
        """
    public static let fieldKeys = ["time_format"]

    public let format: TimeFormat

    public init(format: TimeFormat) {
        self.format = format
    }

    public static func make(from field: MappingReader, type: FieldType?, sink: DiagnosticSink) -> TimeFormatRule? {
        guard let text = field.string("time_format") else { return nil }
        guard let format = TimeFormat(rawValue: text) else {
            sink.report("unknown_value", "unknown time format '\(text)'", at: field.location(of: "time_format"),
                        hint: Suggestion.hint(for: text, in: TimeFormat.allCases.map(\.rawValue)) ?? "use iso8601_utc or yyyymmddhhmmss")
            return nil
        }
        return TimeFormatRule(format: format)
    }

    public func check(_ value: JSONValue?, at path: JSONPath, in context: EvaluationContext) -> [RuleFailure] {
        guard let value, case .string(let text) = value else { return [] }
        if format.seconds(text) != nil { return [] }
        return [RuleFailure(path: path, message: "\(JSONValue.quoted(text)) \(format.explain(text))", expected: format.pattern, actual: value.brief(), drift: .timeFormat)]
    }

    public static let examples = [
        RuleExample("an offset instead of Z", contract: """
            response: {fields: {CreateTime: {type: string, time_format: iso8601_utc}}}
            """, body: #"{"CreateTime": "2021-01-08T16:52:04+08:00"}"#, findings: [#"$.CreateTime: "2021-01-08T16:52:04+08:00" carries a UTC offset instead of Z; expected YYYY-MM-DDThh:mm:ssZ"#]),
        RuleExample("a trailing newline", contract: """
            response: {fields: {CreationTime: {type: string, time_format: iso8601_utc}}}
            """, body: #"{"CreationTime": "2022-04-18T07:37:15Z\n"}"#, findings: [#"$.CreationTime: "2022-04-18T07:37:15Z\n" has leading or trailing white space; expected YYYY-MM-DDThh:mm:ssZ"#]),
        RuleExample("the other provider's format", contract: """
            response: {fields: {create_time: {type: string, time_format: yyyymmddhhmmss}}}
            """, body: #"{"create_time": "2019-07-04T14:43:03Z"}"#, findings: [#"$.create_time: "2019-07-04T14:43:03Z" is in YYYY-MM-DDThh:mm:ssZ form, not yyyymmddhhmmss"#]),
        RuleExample("not a real date", contract: """
            response: {fields: {create_time: {type: string, time_format: yyyymmddhhmmss}}}
            """, body: #"{"create_time": "20190230144303"}"#, findings: [#"$.create_time: "20190230144303" is not a real calendar date and time"#]),
        RuleExample("fractional seconds", contract: """
            response: {fields: {CreateTime: {type: string, time_format: iso8601_utc}}}
            """, body: #"{"CreateTime": "2021-01-08T16:52:04.123Z"}"#, findings: [#"$.CreateTime: "2021-01-08T16:52:04.123Z" has fractional seconds; expected YYYY-MM-DDThh:mm:ssZ"#]),
        RuleExample("conforming times, a leap day included", contract: """
            response: {fields: {a: {type: string, time_format: iso8601_utc}, b: {type: string, time_format: yyyymmddhhmmss}}}
            """, body: #"{"a": "2020-02-29T23:59:59Z", "b": "20190704144303"}"#),
        RuleExample("a request time in the wrong format", contract: """
            request: {StartTime: {type: string, time_format: iso8601_utc}}
            """, request: #"{"StartTime": "2020-12-20 12:00:00"}"#, body: "{}", findings: [#"request:$.StartTime: "2020-12-20 12:00:00" is not YYYY-MM-DDThh:mm:ssZ"#]),
    ]
}
