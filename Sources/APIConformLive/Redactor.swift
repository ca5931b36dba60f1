import APIConformCore

/// Removes secrets from everything APIConform writes: recordings, reports and logs.
///
/// Three layers: signing headers and query parameters by name; signed-URL parameters inside response
/// bodies (`OSSAccessKeyId`, `Signature`, `security-token`, `auth_key`, `Expires`); and, whatever the
/// name, every occurrence of the credential values themselves.
public struct Redactor: Sendable {
    public static let placeholder = "<redacted>"

    /// Request headers whose values are secrets or change on every attempt.
    public static let headers: Set<String> = [
        "authorization", "x-acs-security-token", "x-acs-accesskey-id", "x-acs-signature-nonce", "x-acs-date",
        "x-security-token", "x-auth-token", "x-sdk-date", "x-acs-content-sha256", "x-subject-token",
    ]
    /// Query parameters of a signed request.
    public static let queryParameters: Set<String> = [
        "Signature", "AccessKeyId", "SecurityToken", "SignatureNonce", "Timestamp",
    ]
    /// Query parameters of signed URLs that appear inside response bodies.
    public static let urlParameters = ["OSSAccessKeyId", "Signature", "security-token", "auth_key", "Expires", "x-auth-token"]

    /// The credential values in use (never written anywhere).
    let secrets: [String]

    public init(secrets: [String]) {
        // Longest first so a secret that contains another is removed whole.
        self.secrets = secrets.filter { $0.count >= 4 }.sorted { $0.count > $1.count }
    }

    public func header(name: String, value: String) -> String {
        Self.headers.contains(name.lowercased()) ? Self.placeholder : text(value)
    }

    /// A request target with the signing parameters' values replaced.
    public func target(_ target: String) -> String {
        guard let mark = target.firstIndex(of: "?") else { return text(target) }
        let query = target[target.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return Self.queryParameters.contains(QueryString.percentDecode(name)) ? "\(name)=REDACTED" : String(pair)
        }
        return text(String(target[..<mark]) + "?" + query.joined(separator: "&"))
    }

    /// Redacts text: credential values anywhere, signed-URL parameter values.
    public func text(_ input: String) -> String {
        String(decoding: bytes(Array(input.utf8)), as: UTF8.self)
    }

    /// Redacts raw bytes (a response body may not be UTF-8): credential values, then signed-URL parameters.
    public func bytes(_ input: [UInt8]) -> [UInt8] {
        var output = input
        for secret in secrets { output = Self.replacing(Array(secret.utf8), with: Array(Self.placeholder.utf8), in: output) }
        for name in Self.urlParameters { output = Self.redactingParameter(name, in: output) }
        return output
    }

    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in haystack: [UInt8]) -> [UInt8] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return haystack }
        var result: [UInt8] = []
        result.reserveCapacity(haystack.count)
        var index = 0
        while index < haystack.count {
            if haystack[index] == needle[0], index + needle.count <= haystack.count, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                result += replacement
                index += needle.count
            } else {
                result.append(haystack[index])
                index += 1
            }
        }
        return result
    }

    /// `name=value` after `?` or `&` (or their JSON-escaped `\u0026`): the value, up to a delimiter, becomes `REDACTED`.
    static func redactingParameter(_ name: String, in bytes: [UInt8]) -> [UInt8] {
        let key = Array((name + "=").utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let precededByDelimiter = index > 0 && (bytes[index - 1] == UInt8(ascii: "?") || bytes[index - 1] == UInt8(ascii: "&")
                || (index >= 6 && bytes[(index - 6)..<index].elementsEqual(escapedAmpersand)))
            if precededByDelimiter, index + key.count <= bytes.count, bytes[index..<(index + key.count)].elementsEqual(key) {
                result += key
                index += key.count
                var end = index
                while end < bytes.count, !delimiters.contains(bytes[end]) { end += 1 }
                if end > index { result += Array("REDACTED".utf8) }
                index = end
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    static let escapedAmpersand = Array("\\u0026".utf8)
    static let delimiters: Set<UInt8> = [UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: "'"), 0x0A, 0x0D, UInt8(ascii: "<")]
}
