import APIConformSigning
import Foundation
import Testing

/// Every `alibaba_acs3` vector, reproduced byte for byte: the canonical request, the string
/// to sign, the Authorization header and the URL; and, where the vector comes from the tea
/// client, the headers the client builds before signing.
@Suite("Alibaba ACS3 vectors")
struct AlibabaACS3VectorTests {
    static let family = "alibaba_acs3"
    static let ids = ["acs3-01", "acs3-04", "acs3-07", "acs3-direct-get"]

    @Test("the file holds exactly the vectors these tests cover")
    func coversEveryVector() throws {
        #expect(try SigningVectors.ids(family: Self.family).sorted() == Self.ids.sorted())
    }

    @Test("signature, canonical request, Authorization and URL", arguments: ids)
    func vector(id: String) throws {
        let vector = try SigningVectors.vector(family: Self.family, id: id)
        let inputs = try vector.member("inputs"), expected = try vector.member("expected")
        let credentials = try inputs.alibabaCredentials()
        let headers = try inputs.member("headers_without_authorization").headerFields()
        let request = SigningRequest(
            method: try inputs.member("method").text(),
            host: try #require(headers.firstValue(named: "host")),
            path: try inputs.member("pathname").text(),
            query: try inputs.member("query").queryParameters(),
            headers: headers
        )
        let signed = AlibabaACS3Signer().sign(request, credentials: credentials)
        let authorization = try expected.member("authorization").text()

        #expect(signed.canonicalRequest == (try expected.member("canonical_request").text()), "\(id): canonical request")
        #expect(signed.stringToSign == (try expected.member("string_to_sign").text()), "\(id): string to sign")
        #expect(signed.authorization == authorization, "\(id): Authorization")
        #expect(signed.url == (try expected.member("url").text()), "\(id): URL")
        #expect(signed.request.headers == headers + [HeaderField("Authorization", authorization)], "\(id): headers sent")
    }

    /// The tea-client vectors also pin the headers `do_request` builds, and the business
    /// parameters as `str()` of the request model.
    @Test("tea client headers and query", arguments: ids.filter { $0 != "acs3-direct-get" })
    func teaClientHeaders(id: String) throws {
        let vector = try SigningVectors.vector(family: Self.family, id: id)
        let inputs = try vector.member("inputs")
        let expectedHeaders = try inputs.member("headers_without_authorization").headerFields()
        let headers = AlibabaACS3Signer.headers(
            authority: try #require(expectedHeaders.firstValue(named: "host")),
            action: try vector.member("action").text(),
            version: try vector.member("version").text(),
            userAgent: try #require(expectedHeaders.firstValue(named: "user-agent")),
            credentials: try inputs.alibabaCredentials(),
            credentialsProvider: "static_ak",
            attempt: try inputs.alibabaAttempt()
        )
        #expect(headers == expectedHeaders, "\(id): headers before signing")

        let model = try #require(try inputs.member("request_model").members().first).value
        #expect(try model.queryParameters() == (try inputs.member("query").queryParameters()), "\(id): query")
    }
}
