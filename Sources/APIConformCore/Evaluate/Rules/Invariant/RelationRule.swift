/// Two fields of the same object agree: equal, ordered in time, or one derived from the other.
public struct RelationRule: InvariantRule {
    public static let key = "relation"
    public static let summary = "Fields of one object agree: `equal`, `not_before` (times), `seconds_from_ms` (⌊ms/1000⌋, at least 1)."
    public static let discussion = """
        ```yaml
        - rule: relation
          each: $.asset_info_array[*].base_info.meta_data    # the objects to check
          check: equal                                        # equal | not_before | seconds_from_ms
          left: hight
          right: height
          time_format: iso8601_utc                            # for not_before
        ```
        `equal`: both present and the same value. `not_before`: the left time is not earlier than the \
        right one (ModifiedTime ≥ CreateTime). `seconds_from_ms`: left = max(1, ⌊right / 1000⌋), \
        Huawei's documented rounding of `duration` from `duration_ms`, and 0 where right is 0 (an \
        HLS/DASH index entry carries no media: the doc's example gives it 0 and 0). A side that is absent or null \
        is not checked.
        """
    public static let invariantKeys = ["each", "check", "left", "right", "time_format"]

    public enum Check: String, Sendable, CaseIterable {
        case equal
        case notBefore = "not_before"
        case secondsFromMilliseconds = "seconds_from_ms"
    }

    public let each: JSONPathPattern
    public let check: Check
    public let left: JSONPathPattern
    public let right: JSONPathPattern
    public let format: TimeFormat?

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> RelationRule? {
        guard let each = ItemKey.pattern(declaration, "each", required: true, sink: sink),
              let checkText = declaration.string("check", required: true),
              let left = ItemKey.pattern(declaration, "left", required: true, sink: sink),
              let right = ItemKey.pattern(declaration, "right", required: true, sink: sink) else { return nil }
        guard let check = Check(rawValue: checkText) else {
            sink.report("unknown_value", "unknown relation '\(checkText)'", at: declaration.location(of: "check"),
                        hint: Suggestion.hint(for: checkText, in: Check.allCases.map(\.rawValue)) ?? "use equal, not_before or seconds_from_ms")
            return nil
        }
        var format: TimeFormat?
        if case .time(let f) = ValueOrder.read(declaration, sink: sink) { format = f }
        if check == .notBefore && format == nil {
            sink.report("missing_key", "not_before needs 'time_format'", at: declaration.node.location)
            return nil
        }
        return RelationRule(each: each, check: check, left: left, right: right, format: format)
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        var failures: [RuleFailure] = []
        for (path, object) in each.select(in: body) {
            // Values first; their paths only for a finding.
            guard let leftValue = left.firstValue(in: object), let rightValue = right.firstValue(in: object),
                  !leftValue.isNull, !rightValue.isNull else { continue }
            let l = Located(pattern: left, object: object, at: path, value: leftValue)
            let r = Located(pattern: right, object: object, at: path, value: rightValue)
            switch check {
            case .equal:
                if !Self.equal(l.value, r.value) {
                    failures.append(RuleFailure(path: l.path, message: "\(l.value.brief()) differs from \(r.path) = \(r.value.brief())",
                                                expected: "equal to \(r.path)", actual: l.value.brief()))
                }
            case .notBefore:
                guard let format, let a = l.value.stringValue.flatMap(format.seconds), let b = r.value.stringValue.flatMap(format.seconds) else { continue }
                if a < b {
                    failures.append(RuleFailure(path: l.path, message: "\(l.value.brief()) is earlier than \(r.path) = \(r.value.brief())",
                                                expected: "not before \(r.value.brief())", actual: l.value.brief()))
                }
            case .secondsFromMilliseconds:
                guard let seconds = ValueText.integer(l.value), let ms = ValueText.integer(r.value) else { continue }
                // 0 ms is no media at all (the HLS/DASH index entry of Huawei's example: 0 and 0), not "under one second".
                let expected = ms == 0 ? 0 : max(1, ms / 1000)
                if seconds != expected {
                    failures.append(RuleFailure(path: l.path, message: ms == 0 ? "\(seconds) where \(r.path) is 0 (no media)" : "\(seconds) is not max(1, ⌊\(ms) / 1000⌋) = \(expected)",
                                                expected: String(expected), actual: String(seconds)))
                }
            }
        }
        return failures
    }

    /// The same text (`scalarText`) and the same type (`typeName`) — `"10"` is not `10`, `1` is not
    /// `1.0`; two objects or two arrays have no text and are not compared — without making strings.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x.literal == y.literal
        case (.bool(let x), .bool(let y)): return x == y
        case (.array, .array), (.object, .object), (.null, .null): return true
        default: return false
        }
    }

    /// A value found by `firstValue`, and its path built on demand.
    struct Located {
        let pattern: JSONPathPattern
        let object: JSONValue
        let at: JSONPath
        let value: JSONValue

        var path: JSONPath { pattern.select(in: object, at: at).first?.path ?? at }
    }

    public static let examples = [
        RuleExample("hight differs from height", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: relation, each: "$.a[*].meta_data", check: equal, left: hight, right: height}]
            """, body: #"{"a": [{"meta_data": {"hight": 288, "height": 280}}]}"#, findings: ["$.a[0].meta_data.hight: 288 differs from $.a[0].meta_data.height = 280"]),
        RuleExample("modified before created", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: relation, each: "$.MediaInfos[*].MediaInfo", check: not_before, left: ModificationTime, right: CreationTime, time_format: iso8601_utc}]
            """, body: #"{"MediaInfos": [{"MediaInfo": {"CreationTime": "2017-11-14T09:15:50Z", "ModificationTime": "2017-06-26T06:38:48Z"}}]}"#,
            findings: [#"$.MediaInfos[0].MediaInfo.ModificationTime: "2017-06-26T06:38:48Z" is earlier than $.MediaInfos[0].MediaInfo.CreationTime = "2017-11-14T09:15:50Z""#]),
        RuleExample("a duration rounded up, and a sub-second duration of 0", contract: """
            response: {additional_fields: allow}
            invariants: [{rule: relation, each: "$.m[*]", check: seconds_from_ms, left: duration, right: duration_ms}]
            """, body: #"{"m": [{"duration": 245, "duration_ms": 244500}, {"duration": 0, "duration_ms": 400}]}"#,
            findings: ["$.m[0].duration: 245 is not max(1, ⌊244500 / 1000⌋) = 244", "$.m[1].duration: 0 is not max(1, ⌊400 / 1000⌋) = 1"]),
        RuleExample("consistent relations", contract: """
            response: {additional_fields: allow}
            invariants:
              - {rule: relation, each: "$.m[*]", check: seconds_from_ms, left: duration, right: duration_ms}
              - {rule: relation, each: "$.m[*]", check: equal, left: hight, right: height}
            """, body: #"{"m": [{"duration": 244, "duration_ms": 244999, "hight": 288, "height": 288}, {"duration": 1, "duration_ms": 400}, {"duration": 0, "duration_ms": 0}]}"#),
    ]
}
