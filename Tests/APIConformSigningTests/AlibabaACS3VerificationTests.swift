import APIConformSigning
import Foundation
import Testing

/// The stand-in's side of ACS3: exactly the signed headers, the actual body, constant time.
@Suite("Alibaba ACS3 verification")
struct AlibabaACS3VerificationTests {
    let secret = SigningFixtures.alibaba.secret

    func signed(_ request: SigningRequest = SigningFixtures.acs3Request(), credentials: SigningCredentials = SigningFixtures.alibaba) -> SignedRequest {
        AlibabaACS3Signer().sign(request, credentials: credentials)
    }

    func isMismatch(_ result: SignatureVerification) -> Bool {
        if case .invalid(.signatureMismatch) = result { return true }
        return false
    }

    @Test("a correctly signed request verifies and reports its date and nonce")
    func verifies() {
        let result = AlibabaACS3Signer.verify(SigningFixtures.received(signed()), secret: secret)
        #expect(result == .valid(VerifiedSignature(
            accessKeyId: "FixtureAccessKeyId", timestamp: "2026-01-02T03:04:05Z", nonce: SigningFixtures.attempt.nonce
        )))
    }

    @Test("the custom endpoint's port is signed in host, and the Authorization has no spaces after commas")
    func shape() throws {
        let signed = signed()
        #expect(signed.canonicalRequest.contains("\nhost:127.0.0.1:8443\n"))
        #expect(signed.url == "https://127.0.0.1:8443/?NextToken=ab%2B%2Fcd%3D%3D&SortBy=asc")
        let authorization = try #require(signed.authorization)
        #expect(authorization.hasPrefix("ACS3-HMAC-SHA256 Credential=FixtureAccessKeyId,SignedHeaders=accept;host;"))
        #expect(!authorization.contains(", "))
    }

    @Test("every present header is signed; repeated names join their sorted, trimmed values")
    func canonicalHeaders() {
        var request = SigningFixtures.acs3Request()
        request.headers += [HeaderField("x-acs-extra", "b"), HeaderField("X-ACS-Extra", "  a  z ")]
        let signed = signed(request)
        #expect(signed.canonicalRequest.contains("\nx-acs-extra:a  z,b\n"))
        #expect(signed.authorization?.contains(";x-acs-extra;") == true)
        #expect(AlibabaACS3Signer.verify(SigningFixtures.received(signed), secret: secret).isValid)
    }

    @Test("a tampered query value fails with the server's string to sign and canonical request")
    func tamperedQuery() throws {
        var received = SigningFixtures.received(signed())
        received.rawQuery = received.rawQuery.replacingOccurrences(of: "SortBy=asc", with: "SortBy=desc")
        let rejection = try #require(AlibabaACS3Signer.verify(received, secret: secret).rejection)
        guard case .signatureMismatch(let stringToSign, let canonical) = rejection else {
            Issue.record("expected a signature mismatch, got \(rejection)")
            return
        }
        #expect(stringToSign == "ACS3-HMAC-SHA256\n" + SigningDigest.sha256Hex(canonical))
        #expect(canonical.contains("\nNextToken=ab%2B%2Fcd%3D%3D&SortBy=desc\n"))
    }

    @Test("a tampered signed header fails; an unsigned extra header does not matter")
    func headers() {
        var received = SigningFixtures.received(signed())
        received.headers = received.headers.replacing("x-acs-action", with: "DeleteMedia")
        #expect(isMismatch(AlibabaACS3Signer.verify(received, secret: secret)))

        var extra = SigningFixtures.received(signed())
        extra.headers.append(HeaderField("X-Forwarded-For", "10.0.0.1"))
        #expect(AlibabaACS3Signer.verify(extra, secret: secret).isValid)
    }

    @Test("a wrong secret fails; so does the RPC v1 key form with '&'")
    func wrongSecret() {
        let received = SigningFixtures.received(signed())
        #expect(isMismatch(AlibabaACS3Signer.verify(received, secret: "not-the-secret")))
        #expect(isMismatch(AlibabaACS3Signer.verify(received, secret: secret + "&")))
    }

    @Test("a signed header that is missing is named")
    func missingSignedHeader() {
        var received = SigningFixtures.received(signed())
        received.headers = received.headers.removing("user-agent")
        #expect(AlibabaACS3Signer.verify(received, secret: secret) == .invalid(.missingHeader("user-agent")))
    }

    @Test("required headers must be present and signed")
    func required() {
        var request = SigningFixtures.acs3Request()
        request.headers = request.headers.removing("x-acs-signature-nonce")
        var received = SigningFixtures.received(signed(request))
        #expect(AlibabaACS3Signer.verify(received, secret: secret) == .invalid(.missingHeader("x-acs-signature-nonce")))

        // Added after signing: present on the wire but not covered by the signature.
        received.headers.append(HeaderField("x-acs-signature-nonce", "late"))
        #expect(AlibabaACS3Signer.verify(received, secret: secret) == .invalid(.headerNotSigned("x-acs-signature-nonce")))
    }

    @Test("STS credentials add the token headers, which must then be signed")
    func sts() {
        let credentials = SigningFixtures.alibabaSTS
        let signed = signed(SigningFixtures.acs3Request(credentials: credentials), credentials: credentials)
        #expect(signed.request.headers.firstValue(named: "x-acs-security-token") == "token+/=value")
        #expect(signed.request.headers.firstValue(named: "x-acs-accesskey-id") == "STS.FixtureKeyId")
        #expect(signed.authorization?.contains("x-acs-accesskey-id;") == true)
        #expect(signed.authorization?.contains("x-acs-security-token;") == true)
        #expect(AlibabaACS3Signer.verify(SigningFixtures.received(signed), secret: credentials.secret).isValid)

        // A token smuggled onto a request signed without one is refused.
        var smuggled = SigningFixtures.received(self.signed())
        smuggled.headers.append(HeaderField("x-acs-security-token", "stolen"))
        #expect(AlibabaACS3Signer.verify(smuggled, secret: secret) == .invalid(.headerNotSigned("x-acs-security-token")))
    }

    @Test("the actual body is hashed, not the client's claim")
    func body() {
        let body = Array("MediaIds=a%2Cb".utf8)
        let signed = signed(SigningFixtures.acs3Request(body: body))
        #expect(signed.canonicalRequest.hasSuffix("\n" + SigningDigest.sha256Hex(body)))
        #expect(AlibabaACS3Signer.verify(SigningFixtures.received(signed), secret: secret).isValid)

        var tampered = SigningFixtures.received(signed)
        tampered.body = Array("MediaIds=a%2Cc".utf8)
        #expect(AlibabaACS3Signer.verify(tampered, secret: secret) == .invalid(.contentHashMismatch(
            claimed: SigningDigest.sha256Hex(body), actual: SigningDigest.sha256Hex(tampered.body)
        )))
    }

    @Test("re-signing replaces the old Authorization instead of signing it")
    func resign() {
        let first = signed()
        let again = AlibabaACS3Signer().sign(first.request, credentials: SigningFixtures.alibaba)
        #expect(again.request.headers.values(named: "Authorization") == [first.authorization])
        #expect(again.canonicalRequest == first.canonicalRequest)
    }

    @Test("Authorization problems are named", arguments: [
        (nil, SignatureRejection.missingAuthorization),
        ("garbage", .malformedAuthorization("expected 'ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…'")),
        ("ACS3-HMAC-SHA256 Credential=k,Signature=00", .malformedAuthorization("the SignedHeaders field is missing or empty")),
        ("ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=00", .malformedAuthorization("the Credential field is missing or empty")),
        ("ACS3-HMAC-SM3 Credential=k,SignedHeaders=host,Signature=00", .unsupportedAlgorithm("ACS3-HMAC-SM3")),
        ("ACS3-HMAC-SHA256 Credential=k,SignedHeaders=host;x-acs-action,Signature=00", .headerNotSigned("x-acs-version")),
    ] as [(String?, SignatureRejection)])
    func authorization(value: String?, expected: SignatureRejection) {
        var received = SigningFixtures.received(signed())
        received.headers = received.headers.removing("Authorization")
        if let value { received.headers.append(HeaderField("Authorization", value)) }
        #expect(AlibabaACS3Signer.verify(received, secret: secret) == .invalid(expected))
    }

    @Test("credentials never print their secret or token")
    func redaction() {
        let text = "\(SigningFixtures.alibabaSTS)"
        #expect(text.contains("STS.FixtureKeyId"))
        #expect(!text.contains("sts/Secret") && !text.contains("token+/="))
    }

    @Test("an unknown access key is reported as such")
    func unknownKey() {
        let result = AlibabaACS3Signer.verify(SigningFixtures.received(signed())) { _ in nil }
        #expect(result == .invalid(.unknownAccessKey("FixtureAccessKeyId")))
    }
}
