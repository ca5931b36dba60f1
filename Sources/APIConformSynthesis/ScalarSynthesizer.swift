import APIConformCore

/// A value for one scalar field that satisfies every rule declared on it.
public enum ScalarSynthesizer {
    /// Times start here (2024-01-01T00:00:00Z) and step by a minute per serial.
    public static let epoch: Int64 = 1_704_067_200

    static func value(for schema: FieldSchema, serial: Int) -> JSONValue {
        var enumValues: [String]?
        var time: TimeFormat?
        var numeric: Bool?
        var json: JSONStringRule.Kind?
        var range: RangeRule?
        var length: LengthRule?
        var delimited: DelimitedListRule?
        var pattern: PatternRule?
        for declared in schema.rules {
            switch declared.rule {
            case let rule as EnumRule: enumValues = rule.values
            case let rule as TimeFormatRule: time = rule.format
            case let rule as NumericStringRule: numeric = rule.integerOnly
            case let rule as JSONStringRule: json = rule.kind
            case let rule as RangeRule: range = rule
            case let rule as LengthRule: length = rule
            case let rule as DelimitedListRule: delimited = rule
            case let rule as PatternRule: pattern = rule
            default: continue
            }
        }
        // Small numbers fit the documented pixel, bitrate and duration ranges without knowing them.
        let number = inRange(Int64(100 + serial % 1000), range)
        switch schema.type {
        case .integer?:
            if let enumValues { return .number(JSONNumber(literal: enumValues[serial % enumValues.count])) }
            return .number(JSONNumber(literal: String(number)))
        case .number?:
            return .number(JSONNumber(literal: "\(number).5"))
        case .boolean?:
            return .bool(serial % 2 == 0)
        default:
            if let enumValues { return .string(enumValues[serial % enumValues.count]) }
            // Serials grow with the seed; wrap them so times stay within four-digit years.
            if let time { return .string(time.format(epoch + Int64(serial % 1_000_000) * 60)) }
            if let numeric { return .string(numeric ? String(number) : "\(number).25") }
            if let json { return .string(json == .object ? "{\"k\":\"v\(serial)\"}" : "[{\"n\":\"\(serial)\"}]") }
            if let pattern { return .string(patterned(pattern, schema: schema, serial: serial, length: length)) }
            if let delimited { return .string((0..<min(3, Int(delimited.maxItems ?? 3))).map { "t\($0)" }.joined(separator: delimited.separator)) }
            let text = "\(schema.name.lowercased().filter { $0.isLetter || $0.isNumber })-\(serial)"
            let minimum = Int(length?.minimum ?? 0), maximum = Int(length?.maximum ?? 64)
            let padded = text.count < minimum ? text + String(repeating: "0", count: minimum - text.count) : text
            return .string(String(padded.prefix(max(maximum, 1))))
        }
    }

    /// The first candidate the field's own pattern and length accept: a readable name, hex or decimal
    /// digits of the serial (unique ids), else a sample of the pattern itself.
    static func patterned(_ pattern: PatternRule, schema: FieldSchema, serial: Int, length: LengthRule?) -> String {
        let hex = String(serial, radix: 16)
        let candidates = [
            "\(schema.name.lowercased().filter { $0.isLetter || $0.isNumber })-\(serial)",
            String(repeating: "0", count: max(0, 32 - hex.count)) + hex,
            String(serial),
            PatternSynthesizer.sample(pattern.pattern) ?? "",
        ]
        for candidate in candidates {
            let count = Int64(candidate.unicodeScalars.count)
            let fitsLength = (length?.minimum.map { count >= $0 } ?? true) && (length?.maximum.map { count <= $0 } ?? true)
            if fitsLength && pattern.pattern.matches(candidate) { return candidate }
        }
        return candidates[3]
    }

    static func inRange(_ value: Int64, _ range: RangeRule?) -> Int64 {
        guard let range else { return value }
        var low = Int64.min, high = Int64.max
        if let minimum = range.minimum { low = Int64(minimum.rounded(.up)) }
        if let minimum = range.exclusiveMinimum { low = Int64(minimum.rounded(.down)) + 1 }
        if let maximum = range.maximum { high = Int64(maximum.rounded(.down)) }
        if let maximum = range.exclusiveMaximum { high = Int64(maximum.rounded(.up)) - 1 }
        guard low <= high else { return value }
        if value >= low && value <= high { return value }
        let span = high - low
        return span >= 0 && span < Int64.max ? low + (value % (span + 1) + span + 1) % (span + 1) : low
    }
}
