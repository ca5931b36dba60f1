/// What the Authorization header of a header-signed request claims, checked for shape.
///
/// Alibaba ACS3 and Huawei verify the same way around the canonical request: read the
/// `Authorization` header, insist on the algorithm, take the key id, the signed header names
/// and the signature, make sure every signed header (and every header that must be signed)
/// is really on the request, find the secret; then, once the provider-specific canonical
/// request is rebuilt, compare the MACs. This type does those shared steps once for both.
struct HeaderSignatureClaim: Sendable, Hashable {
    var accessKeyId: String
    /// Lower-case header names in code-point order.
    var signedHeaders: [String]
    var signature: String
    /// The secret known for `accessKeyId`.
    var secret: String

    /// Reads and checks the claim on `headers`.
    ///
    /// - Parameters:
    ///   - mustSign: lower-case names that must be present and listed in `SignedHeaders`.
    ///   - secretFor: the secret for a key id, `nil` for an unknown key.
    static func read(
        from headers: [HeaderField],
        scheme: AuthorizationScheme,
        mustSign: [String],
        secretFor: (String) -> String?
    ) -> Result<HeaderSignatureClaim, SignatureRejection> {
        guard let value = headers.firstValue(named: "Authorization") else {
            return .failure(.missingAuthorization)
        }
        guard let header = AuthorizationHeader(parsing: value) else {
            return .failure(.malformedAuthorization(
                "expected '\(scheme.algorithm) \(scheme.keyField)=…\(scheme.separator)SignedHeaders=…\(scheme.separator)Signature=…'"
            ))
        }
        guard header.algorithm == scheme.algorithm else {
            return .failure(.unsupportedAlgorithm(header.algorithm))
        }
        var found: [String: String] = [:]
        for field in [scheme.keyField, "SignedHeaders", "Signature"] {
            guard let text = header.field(field), !text.isEmpty else {
                return .failure(.malformedAuthorization("the \(field) field is missing or empty"))
            }
            found[field] = text
        }
        let signed = Set((found["SignedHeaders"] ?? "").split(separator: ";").map { $0.lowercased() })
            .sorted(by: CodePointOrder.precedes)
        for name in mustSign where !signed.contains(name) {
            return .failure(headers.contains(named: name) ? .headerNotSigned(name) : .missingHeader(name))
        }
        for name in signed where !headers.contains(named: name) {
            return .failure(.missingHeader(name))
        }
        let accessKeyId = found[scheme.keyField] ?? ""
        guard let secret = secretFor(accessKeyId) else {
            return .failure(.unknownAccessKey(accessKeyId))
        }
        return .success(HeaderSignatureClaim(
            accessKeyId: accessKeyId,
            signedHeaders: signed,
            signature: found["Signature"] ?? "",
            secret: secret
        ))
    }

    /// Compares the claimed signature with the HMAC-SHA256 of the server's string to sign,
    /// in constant time; both header schemes use the secret as-is and lower-case hex.
    func verdict(stringToSign: String, canonical: CanonicalRequest, timestamp: String, nonce: String?) -> SignatureVerification {
        let expected = SigningDigest.hmacSHA256Hex(key: secret, message: stringToSign)
        guard SigningDigest.constantTimeEquals(expected, signature) else {
            return .invalid(.signatureMismatch(stringToSign: stringToSign, canonicalRequest: canonical.text))
        }
        return .valid(VerifiedSignature(accessKeyId: accessKeyId, timestamp: timestamp, nonce: nonce))
    }
}
