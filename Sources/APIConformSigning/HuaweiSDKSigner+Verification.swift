/// Server-side checking of SDK-HMAC-SHA256 signatures, for the loopback stand-in.
extension HuaweiSDKSigner {
    /// Recomputes the signature of a received request under `secret` and compares it.
    public static func verify(_ received: ReceivedRequest, secret: String) -> SignatureVerification {
        verify(received) { _ in secret }
    }

    /// Recomputes the signature of a received request and compares it in constant time.
    ///
    /// Exactly the headers listed in `SignedHeaders` are used, and `x-sdk-date` must be one
    /// of them, as the API gateway requires. The query is decoded (`+` and `%20` both as a
    /// space) and re-canonicalised, so the order it arrived in does not matter. The body is
    /// hashed as received. Header values must already be text as sent (UTF-8); a server that
    /// read them as ISO-8859-1 has to re-decode them first. Date age is left to the caller;
    /// an `X-Auth-Token` request carries no signature and is not for this function.
    public static func verify(_ received: ReceivedRequest, secretFor: (String) -> String?) -> SignatureVerification {
        let claim: HeaderSignatureClaim
        switch HeaderSignatureClaim.read(from: received.headers, scheme: scheme, mustSign: ["x-sdk-date"], secretFor: secretFor) {
        case .failure(let rejection): return .invalid(rejection)
        case .success(let read): claim = read
        }

        let canonical = canonicalRequest(
            method: received.method,
            path: received.path,
            query: received.queryParameters,
            headers: received.headers,
            signedNames: claim.signedHeaders,
            body: received.body
        )
        let sdkDate = received.headers.values(named: "X-Sdk-Date").last?.trimmingWhitespace() ?? ""
        return claim.verdict(
            stringToSign: stringToSign(date: sdkDate, canonical: canonical),
            canonical: canonical,
            timestamp: sdkDate,
            nonce: nil
        )
    }
}
