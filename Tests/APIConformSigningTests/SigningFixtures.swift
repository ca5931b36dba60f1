import APIConformSigning
import Foundation

/// Fixed credentials, clock and requests for the sign-then-verify tests.
///
/// The secrets contain `/`, `+` and `=` on purpose, as the vectors' do: they are the
/// characters a careless key derivation or encoder mangles.
enum SigningFixtures {
    static let alibaba = SigningCredentials(accessKeyId: "FixtureAccessKeyId", secret: "fixture/Secret+With=Chars")
    static let alibabaSTS = SigningCredentials(accessKeyId: "STS.FixtureKeyId", secret: "sts/Secret+=", securityToken: "token+/=value")
    static let huawei = SigningCredentials(
        accessKeyId: "HWFIXTUREAK", secret: "hwFixtureSecret", projectId: "0123456789abcdef0123456789abcdef"
    )
    static let attempt = SigningAttempt(date: Date(timeIntervalSince1970: 1_767_323_045), nonce: "0123456789abcdef0123456789abcdef")

    /// A tea-client RPC v1 request with a value that needs every encoding rule.
    static func rpcRequest(variant: AlibabaRPCV1Signer.Variant = .teaOpenAPI) -> SigningRequest {
        let signer = AlibabaRPCV1Signer(variant: variant)
        return SigningRequest(
            method: "POST",
            host: "ice.cn-shanghai.aliyuncs.com",
            query: signer.parameters(
                action: "ListMediaBasicInfos",
                version: "2020-11-09",
                business: [QueryParameter("MediaId", "a b*c~d/e+f"), QueryParameter("SortBy", "asc")],
                credentials: alibaba,
                attempt: attempt
            )
        )
    }

    /// A tea-client ACS3 request on a custom endpoint with a port.
    static func acs3Request(credentials: SigningCredentials = alibaba, body: [UInt8] = []) -> SigningRequest {
        var request = SigningRequest(
            method: "POST",
            host: "127.0.0.1",
            port: 8443,
            query: [QueryParameter("NextToken", "ab+/cd=="), QueryParameter("SortBy", "asc")],
            body: body
        )
        request.headers = AlibabaACS3Signer.headers(
            authority: request.authority,
            action: "ListMediaBasicInfos",
            version: "2020-11-09",
            userAgent: "APIConform-test",
            credentials: credentials,
            credentialsProvider: credentials.isTemporary ? "static_sts" : "static_ak",
            attempt: attempt,
            body: body
        )
        return request
    }

    /// A `VodClient.show_asset_meta`-shaped request with repeated query names.
    static func huaweiRequest() -> SigningRequest {
        SigningRequest(
            method: "GET",
            host: "vod.cn-north-4.myhuaweicloud.com",
            path: "/v1.0/\(huawei.projectId ?? "")/asset/info",
            query: [QueryParameter("asset_id", "b2"), QueryParameter("asset_id", "a1"), QueryParameter("title", "x y+z")],
            headers: HuaweiSDKSigner.headers(userAgent: "APIConform-test", credentials: huawei)
        )
    }

    /// What a server receives for a signed request.
    static func received(_ signed: SignedRequest) -> ReceivedRequest {
        ReceivedRequest(method: signed.request.method, target: signed.target, headers: signed.request.headers, body: signed.request.body)
    }
}

extension Array where Element == HeaderField {
    /// The headers with the value of `name` (any case) replaced.
    func replacing(_ name: String, with value: String) -> [HeaderField] {
        map { $0.canonicalName == name.lowercased() ? HeaderField($0.name, value) : $0 }
    }

    /// The headers without any called `name` (any case).
    func removing(_ name: String) -> [HeaderField] {
        filter { $0.canonicalName != name.lowercased() }
    }
}
