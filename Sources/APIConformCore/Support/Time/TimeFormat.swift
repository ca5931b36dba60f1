import Foundation

/// The time formats the providers document, parsed strictly and calendar-checked.
///
/// Alibaba writes ISO 8601 UTC to the second (`2021-01-08T16:52:04Z`); Huawei writes
/// `yyyymmddhhmmss` UTC (`20190704144303`). Both are compared as seconds since 1970 by the
/// sort and time-window rules, so the two must never be mixed up silently.
public enum TimeFormat: String, Sendable, CaseIterable {
    case iso8601UTC = "iso8601_utc"
    case compactUTC = "yyyymmddhhmmss"

    /// The pattern as the docs write it, for messages.
    public var pattern: String {
        switch self {
        case .iso8601UTC: return "YYYY-MM-DDThh:mm:ssZ"
        case .compactUTC: return "yyyymmddhhmmss"
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z, or nil when the text is not exactly this format or not a real date.
    public func seconds(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { seconds(utf8: $0) }
    }

    func seconds(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        switch self {
        case .iso8601UTC:
            guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                  bytes[19] == UInt8(ascii: "Z") else { return nil }
            return CivilTime.seconds(
                year: digits(bytes, 0, 4), month: digits(bytes, 5, 2), day: digits(bytes, 8, 2),
                hour: digits(bytes, 11, 2), minute: digits(bytes, 14, 2), second: digits(bytes, 17, 2))
        case .compactUTC:
            guard bytes.count == 14 else { return nil }
            return CivilTime.seconds(
                year: digits(bytes, 0, 4), month: digits(bytes, 4, 2), day: digits(bytes, 6, 2),
                hour: digits(bytes, 8, 2), minute: digits(bytes, 10, 2), second: digits(bytes, 12, 2))
        }
    }

    /// The text of an instant in this format (the inverse of `seconds`), for generated bodies and requests.
    public func format(_ seconds: Int64) -> String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = CivilTime.civilFromDays(days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let y = String(year), h = two(rest / 3600), m = two(rest % 3600 / 60), s = two(rest % 60)
        switch self {
        case .iso8601UTC: return "\(y)-\(two(month))-\(two(day))T\(h):\(m):\(s)Z"
        case .compactUTC: return "\(y)\(two(month))\(two(day))\(h)\(m)\(s)"
        }
    }

    /// Why `text` is not in this format, in words that name the likely drift (an offset, fractions, the other format).
    public func explain(_ text: String) -> String {
        let other: TimeFormat = self == .iso8601UTC ? .compactUTC : .iso8601UTC
        if other.seconds(text) != nil { return "is in \(other.pattern) form, not \(pattern)" }
        if self == .iso8601UTC {
            if text.count > 20, text.hasPrefix(String(text.prefix(19))), text.dropFirst(19).first == "." {
                return "has fractional seconds; expected \(pattern)"
            }
            if text.hasSuffix("+00:00") || text.range(of: #"[+-]\d\d:?\d\d$"#, options: .regularExpression) != nil {
                return "carries a UTC offset instead of Z; expected \(pattern)"
            }
        }
        if text != text.trimmed { return "has leading or trailing white space; expected \(pattern)" }
        if shapeMatches(text) { return "is not a real calendar date and time" }
        return "is not \(pattern)"
    }

    /// Whether the digits sit where the format puts them (so a failure is a calendar problem).
    func shapeMatches(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let template = Array((self == .iso8601UTC ? "0000-00-00T00:00:00Z" : "00000000000000").utf8)
        guard bytes.count == template.count else { return false }
        for (byte, shape) in zip(bytes, template) {
            if shape == UInt8(ascii: "0") { if !NumericText.isDigit(byte) { return false } } else if byte != shape { return false }
        }
        return true
    }

    private func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            guard NumericText.isDigit(bytes[i]) else { return nil }
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
        }
        return value
    }
}

/// Proleptic Gregorian calendar arithmetic, independent of Foundation's time zone database.
enum CivilTime {
    static func seconds(year: Int?, month: Int?, day: Int?, hour: Int?, minute: Int?, second: Int?) -> Int64? {
        guard let year, let month, let day, let hour, let minute, let second,
              (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's civil-from-days: (year, month, day) of a day count since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Howard Hinnant's days-from-civil: days since 1970-01-01.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
