import APIConformSigning
import Foundation
import Testing

/// Timestamps and nonces: the per-attempt inputs every signer is given.
@Suite("Signing time and attempts")
struct SigningTimeTests {
    /// 2026-01-02T03:04:05Z, the vectors' fixed clock.
    static let vectorDate = Date(timeIntervalSince1970: 1_767_323_045)

    @Test("both providers' layouts, in UTC, without fractions")
    func formats() {
        let date = Self.vectorDate.addingTimeInterval(0.999)
        #expect(SigningTime.alibaba(date) == "2026-01-02T03:04:05Z")
        #expect(SigningTime.huawei(date) == "20260102T030405Z")
        #expect(SigningTime.alibaba(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(SigningTime.huawei(Date(timeIntervalSince1970: 1_709_164_800)) == "20240229T000000Z")
    }

    @Test("parsing inverts formatting")
    func parse() {
        #expect(SigningTime.parseAlibaba("2026-01-02T03:04:05Z") == Self.vectorDate)
        #expect(SigningTime.parseHuawei("20260102T030405Z") == Self.vectorDate)
        #expect(SigningTime.parseHuawei("20240229T000000Z") == Date(timeIntervalSince1970: 1_709_164_800))
    }

    @Test("impossible or misshapen timestamps do not parse", arguments: [
        "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-02T24:00:00Z", "2026-01-02 03:04:05Z",
        "2026-01-02T03:04:05", "2026-01-02T03:04:05.000Z", "2026-1-02T03:04:05Z", "", "20260102T030405Z",
    ])
    func rejectsAlibaba(text: String) {
        #expect(SigningTime.parseAlibaba(text) == nil)
    }

    @Test("impossible or misshapen Huawei dates do not parse", arguments: [
        "20250229T000000Z", "20260102T036005Z", "20260102030405Z", "2026-01-02T03:04:05Z", "20260102T030405",
    ])
    func rejectsHuawei(text: String) {
        #expect(SigningTime.parseHuawei(text) == nil)
    }

    @Test("a fresh attempt has a new 32-digit hex nonce and the given clock")
    func freshAttempt() {
        let first = SigningAttempt.fresh(now: Self.vectorDate), second = SigningAttempt.fresh(now: Self.vectorDate)
        #expect(first.nonce != second.nonce)
        #expect(first.nonce.count == 32 && first.nonce.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(first.alibabaTimestamp == "2026-01-02T03:04:05Z")
        #expect(first.huaweiTimestamp == "20260102T030405Z")
    }
}
