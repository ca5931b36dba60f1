/// Server-side checking of Alibaba RPC v1 signatures, for the loopback stand-in.
extension AlibabaRPCV1Signer {
    /// Recomputes the signature of a received request under `secret` and compares it.
    public static func verify(_ received: ReceivedRequest, secret: String) -> SignatureVerification {
        verify(received) { _ in secret }
    }

    /// Recomputes the signature of a received request and compares it in constant time.
    ///
    /// The query (and a form-encoded body) is decoded with both `+` and `%20` read as a space,
    /// because the tea client writes `+` and the legacy core `%20`. Either variant verifies;
    /// the method is the one received. `secretFor` maps an access key id to its secret, or to
    /// `nil` for an unknown key. Timestamp age and nonce reuse are left to the caller, who
    /// gets both back on success.
    public static func verify(_ received: ReceivedRequest, secretFor: (String) -> String?) -> SignatureVerification {
        let all = receivedParameters(query: received.queryParameters, headers: received.headers, body: received.body)
        guard let sent = all.lastValue(named: "Signature") else {
            return .invalid(.missingParameter("Signature"))
        }
        let parameters = all.removing(named: "Signature")
        for name in ["AccessKeyId", "SignatureMethod", "SignatureVersion", "Timestamp", "SignatureNonce"]
        where parameters.lastValue(named: name) == nil {
            return .invalid(.missingParameter(name))
        }
        let method = parameters.lastValue(named: "SignatureMethod") ?? ""
        let version = parameters.lastValue(named: "SignatureVersion") ?? ""
        guard method == signatureMethod, version == signatureVersion else {
            return .invalid(.unsupportedAlgorithm("SignatureMethod=\(method), SignatureVersion=\(version)"))
        }
        let accessKeyId = parameters.lastValue(named: "AccessKeyId") ?? ""
        guard let secret = secretFor(accessKeyId) else {
            return .invalid(.unknownAccessKey(accessKeyId))
        }

        let canonical = Self.canonicalQuery(parameters)
        let stringToSign = Self.stringToSign(method: received.method, canonicalQuery: canonical)
        guard SigningDigest.constantTimeEquals(Self.signature(stringToSign: stringToSign, secret: secret), sent) else {
            return .invalid(.signatureMismatch(stringToSign: stringToSign, canonicalRequest: canonical))
        }
        return .valid(VerifiedSignature(
            accessKeyId: accessKeyId,
            timestamp: parameters.lastValue(named: "Timestamp") ?? "",
            nonce: parameters.lastValue(named: "SignatureNonce")
        ))
    }
}
