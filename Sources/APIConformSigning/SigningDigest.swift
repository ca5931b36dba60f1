import Crypto
import Foundation

/// The hashes, MACs and text encodings of digests that the signers share.
///
/// Each provider fixes how a digest is written out: lower-case hex for SHA-256 hashes and
/// both HMAC-SHA256 signatures, standard Base64 with padding for the HMAC-SHA1 signature.
/// Keys and messages are the UTF-8 bytes of the given text.
public enum SigningDigest {
    /// SHA-256 of no bytes: the payload hash of every request without a body.
    public static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256Hex(_ text: String) -> String {
        sha256Hex(Array(text.utf8))
    }

    /// Lower-case hex HMAC-SHA256 of `message` under `key`.
    public static func hmacSHA256Hex(key: String, message: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: Array(key.utf8)))
        return hex(code)
    }

    /// Base64 HMAC-SHA1 of `message` under `key`.
    public static func hmacSHA1Base64(key: String, message: String) -> String {
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: Array(key.utf8)))
        return Data(code).base64EncodedString()
    }

    /// Compares two signatures without stopping at the first differing byte.
    ///
    /// A verifier that returns early leaks, through its timing, how many leading characters
    /// of a forged signature were right. Only the length may differ in time, and a
    /// signature's length is public anyway.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices {
            difference |= left[index] ^ right[index]
        }
        return difference == 0
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in bytes {
            output += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
        }
        return String(decoding: output, as: UTF8.self)
    }
}
