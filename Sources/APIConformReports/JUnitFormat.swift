/// How JUnit attributes spell durations and dates: fixed formats, never the process locale.
///
/// Both are computed with integer arithmetic rather than formatters so that the output is the same
/// on every machine and in every locale, which golden files and CI parsers rely on.
public enum JUnitFormat {
    /// Seconds with exactly three decimals and a `.` separator, e.g. `12.345`.
    ///
    /// Negative, NaN and infinite durations become `0.000`: the JUnit schema's time pattern accepts
    /// neither a sign nor `nan`, and a bad clock reading must not invalidate the report.
    public static func seconds(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "0.000" }
        // Beyond ~292 million years the millisecond count would overflow Int; no run lasts that long.
        let milliseconds = Int(min((value * 1000).rounded(), 9.0e15))
        return "\(milliseconds / 1000)." + padded(milliseconds % 1000, width: 3)
    }

    /// A UTC date and time without zone, e.g. `2026-01-02T03:04:05`, the form JUnit readers expect.
    ///
    /// Fractions of a second are dropped (rounded down); non-finite input gives the epoch.
    public static func timestamp(_ secondsSince1970: Double) -> String {
        let whole = secondsSince1970.isFinite ? Int(max(min(secondsSince1970, 2.5e14), -2.5e14).rounded(.down)) : 0
        let (days, secondOfDay) = floorDivide(whole, 86_400)
        let (year, month, day) = civilDate(daysSince1970: days)
        let time = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60].map { padded($0, width: 2) }
        return padded(year, width: 4) + "-" + padded(month, width: 2) + "-" + padded(day, width: 2)
            + "T" + time.joined(separator: ":")
    }

    /// The proleptic Gregorian date of a day count, after Howard Hinnant's `civil_from_days`.
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let (era, dayOfEra) = floorDivide(days + 719_468, 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Quotient and remainder rounded towards minus infinity, so dates before 1970 come out right.
    private static func floorDivide(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
