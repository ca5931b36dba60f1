/// Server-side checking of ACS3-HMAC-SHA256 signatures, for the loopback stand-in.
extension AlibabaACS3Signer {
    /// Recomputes the signature of a received request under `secret` and compares it.
    public static func verify(_ received: ReceivedRequest, secret: String) -> SignatureVerification {
        verify(received) { _ in secret }
    }

    /// Recomputes the signature of a received request and compares it in constant time.
    ///
    /// Exactly the headers listed in `SignedHeaders` are used, with the values received. The
    /// body is hashed as received, never taken from the client's `x-acs-content-sha256`
    /// claim, and a claim that disagrees with the body is reported as such. The headers in
    /// `requiredSignedHeaders`, and `x-acs-security-token`/`x-acs-accesskey-id` when sent,
    /// must be signed. Date age and nonce reuse are left to the caller.
    public static func verify(_ received: ReceivedRequest, secretFor: (String) -> String?) -> SignatureVerification {
        let stsHeaders = ["x-acs-accesskey-id", "x-acs-security-token"].filter { received.headers.contains(named: $0) }
        let claim: HeaderSignatureClaim
        switch HeaderSignatureClaim.read(
            from: received.headers, scheme: scheme, mustSign: requiredSignedHeaders + stsHeaders, secretFor: secretFor
        ) {
        case .failure(let rejection): return .invalid(rejection)
        case .success(let read): claim = read
        }
        let bodyHash = SigningDigest.sha256Hex(received.body)
        if let claimed = received.headers.firstValue(named: "x-acs-content-sha256")?.trimmingWhitespace(),
           claimed.lowercased() != bodyHash {
            return .invalid(.contentHashMismatch(claimed: claimed, actual: bodyHash))
        }

        let canonical = canonicalRequest(
            method: received.method,
            path: received.path,
            query: received.queryParameters,
            headers: received.headers,
            signedNames: claim.signedHeaders,
            payloadHash: bodyHash
        )
        return claim.verdict(
            stringToSign: stringToSign(canonical),
            canonical: canonical,
            timestamp: received.headers.firstValue(named: "x-acs-date") ?? "",
            nonce: received.headers.firstValue(named: "x-acs-signature-nonce")
        )
    }
}
