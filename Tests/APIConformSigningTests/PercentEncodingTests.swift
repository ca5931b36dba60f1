import APIConformSigning
import Testing

/// The encoders byte by byte, on the characters the providers' rules single out.
@Suite("Percent encoding")
struct PercentEncodingTests {
    @Test("RFC 3986 leaves only the unreserved set literal", arguments: [
        (" ", "%20"), ("*", "%2A"), ("~", "~"), ("/", "%2F"), ("+", "%2B"), ("=", "%3D"), ("&", "%26"),
        ("%", "%25"), (":", "%3A"), (",", "%2C"), ("é", "%C3%A9"), ("媒体", "%E5%AA%92%E4%BD%93"),
        ("😀", "%F0%9F%98%80"), ("AZaz09-_.~", "AZaz09-_.~"), ("", ""),
    ])
    func rfc3986(input: String, encoded: String) {
        #expect(PercentEncoding.rfc3986(input) == encoded)
    }

    @Test("form encoding is Python quote_plus: space is '+', the rest as RFC 3986", arguments: [
        (" ", "+"), ("*", "%2A"), ("~", "~"), ("/", "%2F"), ("+", "%2B"), ("=", "%3D"), ("é", "%C3%A9"),
        ("a b*c~d/e+f", "a+b%2Ac~d%2Fe%2Bf"),
    ])
    func form(input: String, encoded: String) {
        #expect(PercentEncoding.form(input) == encoded)
    }

    /// Base64 page tokens are the case URLComponents gets wrong: a raw '+' reads as a space.
    @Test("a Base64 token keeps its '+', '/' and '=' escaped")
    func base64Token() {
        #expect(PercentEncoding.rfc3986("ab+/cd==") == "ab%2B%2Fcd%3D%3D")
        #expect(PercentEncoding.form("ab+/cd==") == "ab%2B%2Fcd%3D%3D")
    }

    @Test("queries keep their order and encode names too")
    func queries() {
        let pairs = [QueryParameter("b k", "1 2"), QueryParameter("a", ""), QueryParameter("b k", "~*")]
        #expect(PercentEncoding.rfc3986Query(pairs) == "b%20k=1%202&a=&b%20k=~%2A")
        #expect(PercentEncoding.formQuery(pairs) == "b+k=1+2&a=&b+k=~%2A")
    }

    @Test("decoding reads '+' as a space only when asked")
    func decodePlus() {
        #expect(PercentEncoding.decode("a+b%20c%2Bd", plusAsSpace: true) == "a b c+d")
        #expect(PercentEncoding.decode("a+b%20c%2Bd", plusAsSpace: false) == "a+b c+d")
    }

    @Test("decoding is as lenient as Python's unquote", arguments: [
        ("%zz", "%zz"), ("%4", "%4"), ("100%", "100%"), ("%E5%AA%92", "媒"), ("%e5%aa%92", "媒"), ("%FF", "\u{FFFD}"),
    ])
    func decodeLenient(input: String, decoded: String) {
        #expect(PercentEncoding.decode(input, plusAsSpace: true) == decoded)
    }

    @Test("decoding undoes both encoders", arguments: ["a b*c~d/e+f=g&h", "媒体 资产", "😀 %", "ab+/cd=="])
    func roundTrip(text: String) {
        #expect(PercentEncoding.decode(PercentEncoding.rfc3986(text), plusAsSpace: true) == text)
        #expect(PercentEncoding.decode(PercentEncoding.form(text), plusAsSpace: true) == text)
    }

    @Test("query decoding keeps blank values, repeats and order, and skips empty pieces")
    func decodeQuery() {
        #expect(PercentEncoding.decodeQuery("a=1&&SignatureType=&c&a=x+y%3D") == [
            QueryParameter("a", "1"), QueryParameter("SignatureType", ""), QueryParameter("c", ""), QueryParameter("a", "x y="),
        ])
        #expect(PercentEncoding.decodeQuery("").isEmpty)
    }
}
