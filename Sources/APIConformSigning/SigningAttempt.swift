import Foundation

/// The inputs of a signature that must be new for every attempt: the clock and the nonce.
///
/// Signers take these as a parameter instead of reading the clock, so tests can pin them to
/// a vector's values. Production callers make a `fresh()` one per attempt, retries included:
/// a faithful server rejects a reused nonce (`SignatureNonceUsed`) and a stale timestamp.
public struct SigningAttempt: Sendable, Hashable {
    public var date: Date
    public var nonce: String

    public init(date: Date, nonce: String) {
        self.date = date
        self.nonce = nonce
    }

    /// An attempt at `now` with a random nonce.
    ///
    /// The SDKs use an MD5 hex string; 32 random lower-case hex digits have the same shape
    /// and more entropy, and the server only checks that a nonce does not repeat.
    public static func fresh(now: Date = Date()) -> SigningAttempt {
        var generator = SystemRandomNumberGenerator()
        return fresh(now: now, using: &generator)
    }

    /// An attempt at `now` with a nonce drawn from `generator`.
    public static func fresh(now: Date, using generator: inout some RandomNumberGenerator) -> SigningAttempt {
        let digits = Array("0123456789abcdef")
        let nonce = String((0..<32).map { _ in digits[Int.random(in: 0..<16, using: &generator)] })
        return SigningAttempt(date: now, nonce: nonce)
    }

    /// The date as Alibaba writes it: `YYYY-MM-DDThh:mm:ssZ`.
    public var alibabaTimestamp: String { SigningTime.alibaba(date) }

    /// The date as Huawei writes it: `YYYYMMDDThhmmssZ`.
    public var huaweiTimestamp: String { SigningTime.huawei(date) }
}
