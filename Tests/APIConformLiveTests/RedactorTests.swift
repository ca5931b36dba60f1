import APIConformCore
import APIConformLive
import APIConformStandIn
import Testing

@Suite struct RedactorTests {
    let redactor = Redactor(secrets: ["LTAI5tEvalAccessKeyId", "evalTestSecret/with+Special=Chars01", "CAISsts-token-value"])

    @Test func signingHeadersAreRedactedByName() {
        #expect(redactor.header(name: "Authorization", value: "ACS3-HMAC-SHA256 Credential=LTAI5tEvalAccessKeyId,SignedHeaders=host,Signature=abc") == "<redacted>")
        #expect(redactor.header(name: "x-acs-security-token", value: "anything") == "<redacted>")
        #expect(redactor.header(name: "X-Auth-Token", value: "MIIabc") == "<redacted>")
        #expect(redactor.header(name: "content-type", value: "application/json") == "application/json")
    }

    @Test func signedQueryParametersAreRedacted() {
        let target = "https://ice.cn-shanghai.aliyuncs.com/?Action=ListMediaBasicInfos&MaxResults=2&AccessKeyId=LTAI5tEvalAccessKeyId&Signature=Upt%2Bkny%3D&SignatureNonce=8e27&Timestamp=2026-01-02T03%3A04%3A05Z"
        #expect(redactor.target(target) == "https://ice.cn-shanghai.aliyuncs.com/?Action=ListMediaBasicInfos&MaxResults=2&AccessKeyId=REDACTED&Signature=REDACTED&SignatureNonce=REDACTED&Timestamp=REDACTED")
    }

    @Test func signedURLParametersInsideBodiesAreRedacted() {
        let body = #"{"CoverURL": "http://b.oss-cn-shanghai.aliyuncs.com/a.png?Expires=1700000000&OSSAccessKeyId=STS.NUxyz&Signature=k%2Fq%3D&security-token=CAISabc", "PlayURL": "https://v.example.com/x.m3u8?auth_key=1498476426-0-0-f00b9455", "Title": "Signature=kept outside URLs"}"#
        let redacted = String(decoding: redactor.bytes(Array(body.utf8)), as: UTF8.self)
        #expect(redacted == #"{"CoverURL": "http://b.oss-cn-shanghai.aliyuncs.com/a.png?Expires=REDACTED&OSSAccessKeyId=REDACTED&Signature=REDACTED&security-token=REDACTED", "PlayURL": "https://v.example.com/x.m3u8?auth_key=REDACTED", "Title": "Signature=kept outside URLs"}"#)
    }

    @Test func escapedAmpersandsInJSONStillDelimit() {
        let body = #"{"u": "https://x/y?a=1\u0026Signature=secret\u0026b=2"}"#
        #expect(String(decoding: redactor.bytes(Array(body.utf8)), as: UTF8.self) == #"{"u": "https://x/y?a=1\u0026Signature=REDACTED\u0026b=2"}"#)
    }

    @Test func credentialValuesAreRemovedWhereverTheyAppear() {
        let text = "echo of evalTestSecret/with+Special=Chars01 and LTAI5tEvalAccessKeyId in an error message, token CAISsts-token-value"
        #expect(redactor.text(text) == "echo of <redacted> and <redacted> in an error message, token <redacted>")
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("LTAI5tEvalAccessKeyId".utf8) + [0x00]
        #expect(redactor.bytes(bytes) == [0xFF, 0xFE] + Array("<redacted>".utf8) + [0x00])
    }

    @Test func emptyValuesStayEmpty() {
        let body = #"{"CoverURL": "http://example.png?Expires=&OSSAccessKeyId=&Signature=&security-token="}"#
        #expect(String(decoding: redactor.bytes(Array(body.utf8)), as: UTF8.self) == body)
    }
}
