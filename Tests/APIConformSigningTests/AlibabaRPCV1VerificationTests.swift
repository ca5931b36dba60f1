import APIConformSigning
import Foundation
import Testing

/// The stand-in's side of RPC v1: recompute from the received query and compare.
@Suite("Alibaba RPC v1 verification")
struct AlibabaRPCV1VerificationTests {
    let secret = SigningFixtures.alibaba.secret

    func signed(_ variant: AlibabaRPCV1Signer.Variant = .teaOpenAPI) -> SignedRequest {
        AlibabaRPCV1Signer(variant: variant).sign(SigningFixtures.rpcRequest(variant: variant), credentials: SigningFixtures.alibaba)
    }

    @Test("a correctly signed request verifies, from either SDK's wire form")
    func verifies() {
        for variant in [AlibabaRPCV1Signer.Variant.teaOpenAPI, .legacyCore] {
            let result = AlibabaRPCV1Signer.verify(SigningFixtures.received(signed(variant)), secret: secret)
            #expect(result == .valid(VerifiedSignature(
                accessKeyId: "FixtureAccessKeyId", timestamp: "2026-01-02T03:04:05Z", nonce: SigningFixtures.attempt.nonce
            )), "\(variant)")
        }
    }

    @Test("'+' and '%20' both decode to a space; a literal '+' meant as plus does not verify")
    func spaces() {
        let target = signed().target
        #expect(target.contains("MediaId=a+b%2Ac~d%2Fe%2Bf"))
        let percent = target.replacingOccurrences(of: "MediaId=a+b", with: "MediaId=a%20b")
        #expect(AlibabaRPCV1Signer.verify(ReceivedRequest(method: "POST", target: percent), secret: secret).isValid)
        let rawPlus = target.replacingOccurrences(of: "%2Bf", with: "+f")
        #expect(!AlibabaRPCV1Signer.verify(ReceivedRequest(method: "POST", target: rawPlus), secret: secret).isValid)
    }

    @Test("a tampered query value fails with the server's string to sign")
    func tamperedValue() throws {
        let tampered = signed().target.replacingOccurrences(of: "SortBy=asc", with: "SortBy=desc")
        let rejection = try #require(AlibabaRPCV1Signer.verify(ReceivedRequest(method: "POST", target: tampered), secret: secret).rejection)
        guard case .signatureMismatch(let stringToSign, let canonical) = rejection else {
            Issue.record("expected a signature mismatch, got \(rejection)")
            return
        }
        #expect(stringToSign.hasPrefix("POST&%2F&AccessKeyId%3DFixtureAccessKeyId%26"))
        #expect(stringToSign.contains("SortBy%3Ddesc"))
        #expect(canonical.contains("SortBy=desc"))
    }

    @Test("the received method is signed")
    func method() {
        let result = AlibabaRPCV1Signer.verify(ReceivedRequest(method: "GET", target: signed().target), secret: secret)
        #expect(result.rejection.map { if case .signatureMismatch = $0 { true } else { false } } == true)
    }

    @Test("a wrong secret fails; the secret without '&' is the classic mistake")
    func wrongSecret() {
        let received = SigningFixtures.received(signed())
        for wrong in ["not-the-secret", secret + "&"] {
            let rejection = AlibabaRPCV1Signer.verify(received, secret: wrong).rejection
            #expect(rejection.map { if case .signatureMismatch = $0 { true } else { false } } == true)
        }
    }

    @Test("an unknown access key is reported as such")
    func unknownKey() {
        let result = AlibabaRPCV1Signer.verify(SigningFixtures.received(signed())) { _ in nil }
        #expect(result == .invalid(.unknownAccessKey("FixtureAccessKeyId")))
    }

    @Test("missing parameters and other algorithms are named", arguments: [
        ("Signature", SignatureRejection.missingParameter("Signature")),
        ("AccessKeyId", .missingParameter("AccessKeyId")),
        ("SignatureNonce", .missingParameter("SignatureNonce")),
        ("Timestamp", .missingParameter("Timestamp")),
    ])
    func missing(name: String, expected: SignatureRejection) {
        var request = SigningFixtures.rpcRequest()
        request.query = request.query.removing(named: name)
        var received = SigningFixtures.received(AlibabaRPCV1Signer().sign(request, credentials: SigningFixtures.alibaba))
        if name == "Signature" { received.rawQuery = PercentEncoding.formQuery(request.query) }
        #expect(AlibabaRPCV1Signer.verify(received, secret: secret) == .invalid(expected))
    }

    @Test("only HMAC-SHA1 version 1.0 is accepted")
    func algorithm() {
        let target = signed().target.replacingOccurrences(of: "SignatureMethod=HMAC-SHA1", with: "SignatureMethod=HMAC-SHA256")
        let rejection = AlibabaRPCV1Signer.verify(ReceivedRequest(method: "POST", target: target), secret: secret).rejection
        #expect(rejection == .unsupportedAlgorithm("SignatureMethod=HMAC-SHA256, SignatureVersion=1.0"))
    }

    @Test("a form body is signed with the query, and the body wins on a repeated name")
    func formBody() {
        var request = SigningFixtures.rpcRequest()
        request.headers = [HeaderField("Content-Type", "application/x-www-form-urlencoded")]
        request.body = Array("SortBy=desc&PageNo=2".utf8)
        let signed = AlibabaRPCV1Signer().sign(request, credentials: SigningFixtures.alibaba)
        #expect(signed.canonicalRequest.contains("PageNo=2&"))
        #expect(signed.canonicalRequest.contains("SortBy=desc"))
        #expect(!signed.canonicalRequest.contains("SortBy=asc"))
        #expect(AlibabaRPCV1Signer.verify(SigningFixtures.received(signed), secret: secret).isValid)

        var tampered = SigningFixtures.received(signed)
        tampered.body = Array("SortBy=desc&PageNo=3".utf8)
        #expect(!AlibabaRPCV1Signer.verify(tampered, secret: secret).isValid)
    }

    @Test("malformed input is rejected, never a crash", arguments: [
        "", "/", "/?", "/?%", "/?&&&", "/?=&=", "/?Signature", "/?Signature=%zz&AccessKeyId=%FF%FE",
        "/?Signature=x&AccessKeyId=a&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&Timestamp=t&SignatureNonce=n",
    ])
    func malformed(target: String) {
        #expect(!AlibabaRPCV1Signer.verify(ReceivedRequest(method: "POST", target: target), secret: secret).isValid)
    }
}
