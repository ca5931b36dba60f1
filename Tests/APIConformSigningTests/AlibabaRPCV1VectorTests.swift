import APIConformSigning
import Foundation
import Testing

/// Every `alibaba_rpc_v1` vector, reproduced byte for byte: the SDK's parameter order, the
/// string to sign, the Base64 signature and the URL the SDK sends.
@Suite("Alibaba RPC v1 vectors")
struct AlibabaRPCV1VectorTests {
    static let family = "alibaba_rpc_v1"
    static let teaIDs = ["rpc-v1-01", "rpc-v1-04", "rpc-v1-07"]
    static let legacyIDs = ["rpc-v1-legacy-core"]

    @Test("the file holds exactly the vectors these tests cover")
    func coversEveryVector() throws {
        #expect(try SigningVectors.ids(family: Self.family).sorted() == (Self.teaIDs + Self.legacyIDs).sorted())
    }

    @Test("tea-openapi client", arguments: teaIDs)
    func teaClient(id: String) throws {
        let vector = try SigningVectors.vector(family: Self.family, id: id)
        let inputs = try vector.member("inputs"), expected = try vector.member("expected")
        let credentials = try inputs.alibabaCredentials()
        // The request model holds one object: the operation's business parameters, in order.
        let business = try #require(try inputs.member("request_model").members().first).value.queryParameters()
        let signer = AlibabaRPCV1Signer(variant: .teaOpenAPI)

        let parameters = signer.parameters(
            action: try vector.member("action").text(),
            version: try vector.member("version").text(),
            business: business,
            credentials: credentials,
            attempt: try inputs.alibabaAttempt()
        )
        #expect(parameters == (try inputs.member("signed_params").queryParameters()), "\(id): parameter order")

        let headers = try expected.member("headers").headerFields()
        let request = SigningRequest(
            method: try inputs.member("method").text(),
            host: try #require(headers.firstValue(named: "host")),
            query: parameters,
            headers: headers
        )
        let signed = signer.sign(request, credentials: credentials)

        #expect(signed.stringToSign == (try expected.member("string_to_sign").text()), "\(id): string to sign")
        #expect(signed.signature == (try expected.member("signature").text()), "\(id): signature")
        #expect(signed.url == (try expected.member("url").text()), "\(id): URL")
        #expect(signed.authorization == nil, "\(id): RPC v1 signs in the query, not in a header")
        #expect(signed.request.headers == headers, "\(id): headers are sent unchanged")
        #expect(signed.request.body.isEmpty && expected.optionalMember("body") == nil, "\(id): no body")
    }

    @Test("legacy aliyun-python-sdk-core", arguments: legacyIDs)
    func legacyCore(id: String) throws {
        let vector = try SigningVectors.vector(family: Self.family, id: id)
        let inputs = try vector.member("inputs"), expected = try vector.member("expected")
        let credentials = try inputs.alibabaCredentials()
        // The legacy request carries Action and Version among its own query parameters.
        let given = try inputs.member("business_params").queryParameters()
        let signer = AlibabaRPCV1Signer(variant: .legacyCore)
        let parameters = signer.parameters(
            action: try #require(given.lastValue(named: "Action")),
            version: try #require(given.lastValue(named: "Version")),
            business: given.removing(named: "Action").removing(named: "Version"),
            credentials: credentials,
            attempt: try inputs.alibabaAttempt()
        )
        let request = SigningRequest(
            method: try inputs.member("method").text(),
            host: "vod.cn-shanghai.aliyuncs.com",
            query: parameters
        )
        let signed = signer.sign(request, credentials: credentials)

        #expect(signed.stringToSign == (try expected.member("string_to_sign").text()), "\(id): string to sign")
        #expect(signed.signature == (try expected.member("signature").text()), "\(id): signature")
        #expect(signed.target == (try expected.member("url_path_and_query").text()), "\(id): path and query")
    }
}
