import APIConformReports
import Testing

/// Durations and dates in the fixed spellings JUnit readers parse.
@Suite struct JUnitFormatTests {
    @Test func secondsHaveThreeDecimalsAndAPoint() {
        #expect(JUnitFormat.seconds(0) == "0.000")
        #expect(JUnitFormat.seconds(0.0004) == "0.000")
        #expect(JUnitFormat.seconds(0.0005) == "0.001")
        #expect(JUnitFormat.seconds(1.5) == "1.500")
        #expect(JUnitFormat.seconds(12.3456) == "12.346")
        #expect(JUnitFormat.seconds(86_400.25) == "86400.250")
    }

    @Test func impossibleDurationsBecomeZero() {
        for value in [-1.0, -.infinity, .infinity, .nan] {
            #expect(JUnitFormat.seconds(value) == "0.000")
        }
    }

    @Test func timestampsAreUTCWithoutZone() {
        #expect(JUnitFormat.timestamp(0) == "1970-01-01T00:00:00")
        #expect(JUnitFormat.timestamp(1_767_323_045.999) == "2026-01-02T03:04:05")
        #expect(JUnitFormat.timestamp(951_782_400) == "2000-02-29T00:00:00")
        #expect(JUnitFormat.timestamp(4_107_542_399) == "2100-02-28T23:59:59")
        #expect(JUnitFormat.timestamp(-1) == "1969-12-31T23:59:59")
        #expect(JUnitFormat.timestamp(.nan) == "1970-01-01T00:00:00")
    }
}
