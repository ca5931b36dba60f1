import Foundation

/// Formats and parses the two UTC timestamp layouts the providers sign.
///
/// Alibaba uses `2026-01-02T03:04:05Z` (`Timestamp`, `x-acs-date`) and Huawei
/// `20260102T030405Z` (`X-Sdk-Date`). Both are written from the components of a fixed UTC
/// Gregorian calendar rather than with `DateFormatter`, so that no locale, user calendar or
/// formatter cache can change a signed byte. Fractions of a second are dropped, as the SDKs'
/// `strftime` does.
public enum SigningTime {
    /// `YYYY-MM-DDThh:mm:ssZ` in UTC.
    public static func alibaba(_ date: Date) -> String {
        let c = Components(date)
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    /// `YYYYMMDDThhmmssZ` in UTC.
    public static func huawei(_ date: Date) -> String {
        let c = Components(date)
        return "\(pad(c.year, 4))\(pad(c.month))\(pad(c.day))T\(pad(c.hour))\(pad(c.minute))\(pad(c.second))Z"
    }

    /// Parses `YYYY-MM-DDThh:mm:ssZ`; `nil` for any other text or an impossible date.
    public static func parseAlibaba(_ text: String) -> Date? {
        parse(text, layout: "YYYY-MM-DDThh:mm:ssZ", render: alibaba)
    }

    /// Parses `YYYYMMDDThhmmssZ`; `nil` for any other text or an impossible date.
    public static func parseHuawei(_ text: String) -> Date? {
        parse(text, layout: "YYYYMMDDThhmmssZ", render: huawei)
    }

    /// Checks `text` against `layout`, whose letters `Y M D h m s` stand for digits of a
    /// field (a run of one letter is one field) and whose other characters are literal. The
    /// six fields are read in order and the result is accepted only if it renders back to the
    /// same text: the round trip rejects 31 April or hour 24 without a table of month lengths.
    private static func parse(_ text: String, layout: String, render: (Date) -> String) -> Date? {
        let chars = Array(text.utf8), pattern = Array(layout.utf8)
        guard chars.count == pattern.count else { return nil }
        let fieldLetters = Set("YMDhms".utf8)
        var numbers: [Int] = []
        for (index, (char, expected)) in zip(chars, pattern).enumerated() {
            guard fieldLetters.contains(expected) else {
                guard char == expected else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) else { return nil }
            let digit = Int(char - UInt8(ascii: "0"))
            if index > 0, pattern[index - 1] == expected {
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + digit
            } else {
                numbers.append(digit)
            }
        }
        guard numbers.count == 6 else { return nil }
        let components = DateComponents(
            year: numbers[0], month: numbers[1], day: numbers[2],
            hour: numbers[3], minute: numbers[4], second: numbers[5]
        )
        guard let date = utc.date(from: components) else { return nil }
        return render(date) == text ? date : nil
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    private struct Components {
        var year, month, day, hour, minute, second: Int

        init(_ date: Date) {
            // Whole seconds first, so a fraction can never round a component up.
            let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            let parts = SigningTime.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
            year = parts.year ?? 0
            month = parts.month ?? 0
            day = parts.day ?? 0
            hour = parts.hour ?? 0
            minute = parts.minute ?? 0
            second = parts.second ?? 0
        }
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
