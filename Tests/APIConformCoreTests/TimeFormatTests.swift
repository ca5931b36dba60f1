import Testing
@testable import APIConformCore

@Suite struct TimeFormatTests {
    @Test func parsesBothFormatsToTheSameInstant() {
        #expect(TimeFormat.iso8601UTC.seconds("2019-07-04T14:43:03Z") == 1_562_251_383)
        #expect(TimeFormat.compactUTC.seconds("20190704144303") == 1_562_251_383)
        #expect(TimeFormat.iso8601UTC.seconds("1970-01-01T00:00:00Z") == 0)
    }

    @Test(arguments: ["2021-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2021-13-01T00:00:00Z", "2021-04-31T00:00:00Z",
                      "2021-01-01T24:00:00Z", "2021-01-01T00:60:00Z", "2021-01-01T00:00:60Z", "2021-01-01t00:00:00Z",
                      "2021-01-01T00:00:00", "2021-01-01 00:00:00Z", " 2021-01-01T00:00:00Z", "20210101000000"])
    func rejectsISO(_ text: String) {
        #expect(TimeFormat.iso8601UTC.seconds(text) == nil, "\(text)")
    }

    @Test(arguments: ["2000-02-29T12:00:00Z", "2024-02-29T23:59:59Z", "1999-12-31T23:59:59Z"])
    func acceptsLeapDaysAndBounds(_ text: String) {
        #expect(TimeFormat.iso8601UTC.seconds(text) != nil)
    }

    @Test func explainsTheLikelyDrift() {
        #expect(TimeFormat.iso8601UTC.explain("2021-01-08T16:52:04+08:00").contains("UTC offset"))
        #expect(TimeFormat.iso8601UTC.explain("20210108165204") == "is in yyyymmddhhmmss form, not YYYY-MM-DDThh:mm:ssZ")
        #expect(TimeFormat.compactUTC.explain("20190230144303") == "is not a real calendar date and time")
    }

    @Test func numericTextGrammar() {
        #expect(NumericText.isInteger("14340962"))
        #expect(NumericText.isInteger("-5"))
        #expect(!NumericText.isInteger("007"))
        #expect(!NumericText.isInteger(""))
        #expect(!NumericText.isInteger("1e3"))
        #expect(NumericText.isDecimal("60.00000"))
        #expect(NumericText.isDecimal("0.5"))
        #expect(!NumericText.isDecimal("1."))
        #expect(!NumericText.isDecimal(".5"))
        #expect(!NumericText.isDecimal(" 1"))
    }
}

@Suite struct TimeFormatRoundTripTests {
    @Test(arguments: [Int64(0), 951_782_400, 1_562_251_383, 4_102_444_799, -86_401])
    func formatIsTheInverseOfSeconds(_ seconds: Int64) {
        for format in TimeFormat.allCases {
            #expect(format.seconds(format.format(seconds)) == seconds, "\(format) \(seconds)")
        }
        #expect(TimeFormat.iso8601UTC.format(1_562_251_383) == "2019-07-04T14:43:03Z")
    }
}
