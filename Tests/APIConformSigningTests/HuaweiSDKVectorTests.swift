import APIConformSigning
import Foundation
import Testing

/// Every `huawei_sdk_hmac` vector, reproduced byte for byte: the canonical request, the
/// string to sign, the Authorization header, the headers sent and the URL with its sorted query.
@Suite("Huawei SDK-HMAC-SHA256 vectors")
struct HuaweiSDKVectorTests {
    static let family = "huawei_sdk_hmac"
    static let signerIDs = ["hw-01", "hw-04", "hw-07"]
    static let clientIDs = ["hw-client-01"]
    /// The VOD endpoint of region cn-north-4, which the client-level vector was made with.
    static let vodEndpoint = "vod.cn-north-4.myhuaweicloud.com"

    @Test("the file holds exactly the vectors these tests cover")
    func coversEveryVector() throws {
        #expect(try SigningVectors.ids(family: Self.family).sorted() == (Self.signerIDs + Self.clientIDs).sorted())
    }

    @Test("Signer.sign", arguments: signerIDs)
    func signer(id: String) throws {
        let vector = try SigningVectors.vector(family: Self.family, id: id)
        let inputs = try vector.member("inputs"), expected = try vector.member("expected")
        let headers = try inputs.member("headers_before_signing").headerFields()
        let query = try inputs.member("query_params").elements().map { pair in
            let parts = try pair.elements()
            return QueryParameter(try parts[0].text(), try huaweiText(parts[1]))
        }
        let request = SigningRequest(
            method: try inputs.member("method").text(),
            host: try inputs.member("host").text(),
            path: try inputs.member("resource_path").text(),
            query: query,
            headers: headers,
            body: Array(try inputs.member("body").text().utf8)
        )
        let sdkDate = try #require(headers.firstValue(named: "X-Sdk-Date"))
        let signed = HuaweiSDKSigner().sign(
            request,
            credentials: SigningCredentials(accessKeyId: try inputs.member("ak").text(), secret: try inputs.member("sk").text()),
            date: try #require(SigningTime.parseHuawei(sdkDate))
        )
        let authorization = try expected.member("authorization").text()

        #expect(signed.canonicalRequest == (try expected.member("canonical_request").text()), "\(id): canonical request")
        #expect(signed.stringToSign == (try expected.member("string_to_sign").text()), "\(id): string to sign")
        #expect(signed.authorization == authorization, "\(id): Authorization")
        #expect(signed.url == (try expected.member("url").text()), "\(id): URL")
        let sent = try expected.member("signed_header_values").headerFields() + [HeaderField("Authorization", authorization)]
        #expect(signed.request.headers == sent, "\(id): headers sent")
    }

    /// `VodClient.show_asset_meta` end to end: the client's headers, the project id from the
    /// credentials, and two asset ids that reach the URL sorted.
    @Test("VodClient.show_asset_meta", arguments: clientIDs)
    func client(id: String) throws {
        let vector = try SigningVectors.vector(family: Self.family, id: id)
        let inputs = try vector.member("inputs"), expected = try vector.member("expected")
        let projectId = try inputs.member("project_id").text()
        let credentials = SigningCredentials(
            accessKeyId: try inputs.member("ak").text(),
            secret: try inputs.member("sk").text(),
            projectId: projectId
        )
        let assetIds = try inputs.member("request_model").member("asset_id").elements().map { try $0.text() }
        let request = SigningRequest(
            method: "GET",
            host: Self.vodEndpoint,
            path: "/v1.0/\(projectId)/asset/info",
            query: assetIds.map { QueryParameter("asset_id", $0) },
            headers: HuaweiSDKSigner.headers(
                userAgent: "huaweicloud-usdk-python/3.0; \(try inputs.member("config_user_agent").text())",
                credentials: credentials
            )
        )
        let now = try inputs.member("fixed_utcnow").text()
        let signed = HuaweiSDKSigner().sign(request, credentials: credentials, date: try #require(SigningTime.parseHuawei(now)))

        #expect(signed.request.method == (try expected.member("method").text()), "\(id): method")
        #expect(signed.url == (try expected.member("url").text()), "\(id): URL")
        #expect(signed.authorization == (try expected.member("authorization").text()), "\(id): Authorization")
        #expect(signed.request.headers == (try expected.member("headers").headerFields()), "\(id): headers sent")
    }

    /// Huawei renders booleans in lower case, unlike Python's `str()`.
    private func huaweiText(_ value: OrderedJSON) throws -> String {
        if case .bool(let flag) = value { return flag ? "true" : "false" }
        return try value.text()
    }
}
