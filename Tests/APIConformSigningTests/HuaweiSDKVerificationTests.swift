import APIConformSigning
import Foundation
import Testing

/// The stand-in's side of SDK-HMAC-SHA256: the listed headers, a re-sorted query, the date signed.
@Suite("Huawei SDK-HMAC-SHA256 verification")
struct HuaweiSDKVerificationTests {
    let secret = SigningFixtures.huawei.secret

    func signed(_ request: SigningRequest = SigningFixtures.huaweiRequest()) -> SignedRequest {
        HuaweiSDKSigner().sign(request, credentials: SigningFixtures.huawei, date: SigningFixtures.attempt.date)
    }

    func isMismatch(_ result: SignatureVerification) -> Bool {
        if case .invalid(.signatureMismatch) = result { return true }
        return false
    }

    @Test("a correctly signed request verifies and reports its date")
    func verifies() {
        let result = HuaweiSDKSigner.verify(SigningFixtures.received(signed()), secret: secret)
        #expect(result == .valid(VerifiedSignature(accessKeyId: "HWFIXTUREAK", timestamp: "20260102T030405Z", nonce: nil)))
    }

    @Test("the URL carries the sorted canonical query and the URI gains a trailing '/' only when signed")
    func shape() {
        let signed = signed()
        #expect(signed.target == "/v1.0/0123456789abcdef0123456789abcdef/asset/info?asset_id=a1&asset_id=b2&title=x%20y%2Bz")
        #expect(signed.canonicalRequest.hasPrefix("GET\n/v1.0/0123456789abcdef0123456789abcdef/asset/info/\nasset_id=a1&asset_id=b2&"))
        #expect(signed.authorization?.contains(", SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date, Signature=") == true)
    }

    @Test("the order the query arrives in does not matter; its values do")
    func query() {
        var reordered = SigningFixtures.received(signed())
        reordered.rawQuery = "title=x+y%2Bz&asset_id=b2&asset_id=a1"
        #expect(HuaweiSDKSigner.verify(reordered, secret: secret).isValid)

        var tampered = SigningFixtures.received(signed())
        tampered.rawQuery = tampered.rawQuery.replacingOccurrences(of: "asset_id=b2", with: "asset_id=b3")
        let rejection = HuaweiSDKSigner.verify(tampered, secret: secret).rejection
        guard case .signatureMismatch(let stringToSign, let canonical) = rejection else {
            Issue.record("expected a signature mismatch, got \(String(describing: rejection))")
            return
        }
        #expect(stringToSign == "SDK-HMAC-SHA256\n20260102T030405Z\n" + SigningDigest.sha256Hex(canonical))
        #expect(canonical.contains("asset_id=a1&asset_id=b3"))
    }

    @Test("a tampered signed header fails; a header with '_' is never signed")
    func headers() {
        var tampered = SigningFixtures.received(signed())
        tampered.headers = tampered.headers.replacing("X-Project-Id", with: "ffffffffffffffffffffffffffffffff")
        #expect(isMismatch(HuaweiSDKSigner.verify(tampered, secret: secret)))

        var request = SigningFixtures.huaweiRequest()
        request.headers.append(HeaderField("X_Trace_Id", "one"))
        let signed = signed(request)
        #expect(signed.authorization?.contains("x_trace_id") == false)
        var received = SigningFixtures.received(signed)
        received.headers = received.headers.replacing("X_Trace_Id", with: "two")
        #expect(HuaweiSDKSigner.verify(received, secret: secret).isValid)
    }

    @Test("a wrong secret fails")
    func wrongSecret() {
        #expect(isMismatch(HuaweiSDKSigner.verify(SigningFixtures.received(signed()), secret: "not-the-secret")))
    }

    @Test("x-sdk-date must be signed, and signed headers must be present")
    func required() {
        var received = SigningFixtures.received(signed())
        received.headers = received.headers.replacing(
            "Authorization", with: "SDK-HMAC-SHA256 Access=HWFIXTUREAK, SignedHeaders=host;x-project-id, Signature=00"
        )
        #expect(HuaweiSDKSigner.verify(received, secret: secret) == .invalid(.headerNotSigned("x-sdk-date")))

        var missing = SigningFixtures.received(signed())
        missing.headers = missing.headers.removing("User-Agent")
        #expect(HuaweiSDKSigner.verify(missing, secret: secret) == .invalid(.missingHeader("user-agent")))
    }

    @Test("Authorization problems and unknown keys are named")
    func authorization() {
        var none = SigningFixtures.received(signed())
        none.headers = none.headers.removing("Authorization")
        #expect(HuaweiSDKSigner.verify(none, secret: secret) == .invalid(.missingAuthorization))

        var other = SigningFixtures.received(signed())
        other.headers = other.headers.replacing("Authorization", with: "SDK-HMAC-SM3 Access=a, SignedHeaders=x-sdk-date, Signature=00")
        #expect(HuaweiSDKSigner.verify(other, secret: secret) == .invalid(.unsupportedAlgorithm("SDK-HMAC-SM3")))

        #expect(HuaweiSDKSigner.verify(SigningFixtures.received(signed())) { _ in nil } == .invalid(.unknownAccessKey("HWFIXTUREAK")))
    }

    @Test("the signer adds only what is missing, in the SDK's order")
    func addedHeaders() {
        var request = SigningFixtures.huaweiRequest()
        request.port = 8443
        request.headers = request.headers.replacing("Content-Type", with: "multipart/form-data")
        request.headers.append(HeaderField("X-Sdk-Date", "20250101T000000Z"))
        request.body = Array("payload".utf8)
        let signed = signed(request)
        #expect(signed.request.headers.map(\.name) == [
            "Content-Type", "User-Agent", "X-Project-Id", "X-Sdk-Date", "X-Sdk-Content-Sha256", "Host", "Authorization",
        ])
        #expect(signed.request.headers.firstValue(named: "Host") == "vod.cn-north-4.myhuaweicloud.com:8443")
        #expect(signed.stringToSign.hasPrefix("SDK-HMAC-SHA256\n20250101T000000Z\n"), "a caller's X-Sdk-Date is reused")
        #expect(signed.canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
        #expect(HuaweiSDKSigner.verify(SigningFixtures.received(signed), secret: secret).isValid)
    }

    @Test("canonical URIs: decoded, re-encoded per segment, always ending in '/'", arguments: [
        ("/v1.0/p/asset/info", "/v1.0/p/asset/info/"), ("/", "/"), ("", "/"), ("/a%20b/c~d*", "/a%20b/c~d%2A/"),
        ("/a%2Fb", "/a/b/"), ("/x/", "/x/"), ("/%zz", "/%25zz/"),
    ])
    func canonicalURI(path: String, expected: String) {
        #expect(HuaweiSDKSigner.canonicalURI(path) == expected)
    }
}
