import APIConformCore

/// Removes secrets from everything APIConform writes: recordings, reports and logs.
///
/// Three layers: signing headers and query parameters by name; signed-URL parameters inside response
/// bodies (`OSSAccessKeyId`, `Signature`, `security-token`, `auth_key`, `Expires`); and, whatever the
/// name, every occurrence of the credential values themselves.
///
/// It runs only on what is written — a recording (`RecordingTransport`), a case's result on its way
/// into the reports (`LiveTransport.reportable`), a failure text — never on every body a live run
/// receives: the rules read the body as the provider sent it. Bytes are redacted in one scan for all
/// patterns, and copied once only when something matched.
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

    /// The credential values in use (never written anywhere), longest first.
    let secrets: [[UInt8]]
    /// Which bytes can start a credential value or a signed-URL parameter name: most bytes of a body
    /// start neither, and cost one table look-up.
    let starts: ByteStarts

    public init(secrets: [String]) {
        // Longest first so a secret that contains another is removed whole.
        self.secrets = secrets.filter { $0.count >= 4 }.sorted { $0.count > $1.count }.map { Array($0.utf8) }
        starts = ByteStarts(secrets: self.secrets, keys: Self.urlParameterKeys)
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
        let bytes = Array(input.utf8)
        let redacted = self.bytes(bytes)
        return redacted == bytes ? input : String(decoding: redacted, as: UTF8.self)
    }

    /// Text quoted from a body into a report (a finding's message, actual value or path): `text`, and
    /// a credential value cut short by an excerpt (`LTAI5tEv…`) goes too, since the cut that made the
    /// excerpt short may fall inside it.
    public func excerpt(_ input: String) -> String {
        // The cut pieces first: a whole shorter secret inside a cut longer one must not hide it.
        var output = Array(input.utf8)
        let ellipsis = Array("…".utf8)
        var index = 0
        while let cut = Self.find(ellipsis, in: output, from: index) {
            var replaced = false
            for secret in secrets {
                // The longest prefix of the secret (4 bytes or more, like a secret) right before the cut.
                for length in stride(from: min(secret.count - 1, cut), through: 4, by: -1)
                where output[(cut - length)..<cut].elementsEqual(secret[..<length]) {
                    output.replaceSubrange((cut - length)..<cut, with: Array(Self.placeholder.utf8))
                    index = cut - length + Self.placeholder.utf8.count + ellipsis.count
                    replaced = true
                    break
                }
                if replaced { break }
            }
            if !replaced { index = cut + ellipsis.count }
        }
        return text(String(decoding: output, as: UTF8.self))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }

    /// Redacts raw bytes (a response body may not be UTF-8): credential values, then signed-URL
    /// parameters, as if each pattern had its own pass in that order (longest secret first, then the
    /// parameters as `urlParameters` lists them), but in one scan. Returns `input` itself, uncopied,
    /// when nothing matched.
    public func bytes(_ input: [UInt8]) -> [UInt8] {
        input.withUnsafeBufferPointer { buffer in
            guard let found = scan(buffer) else { return input }
            return rewrite(buffer, secretRegions: found)
        }
    }

    /// The scan: where each credential value occurs, and whether any parameter name might. Nil when
    /// there is nothing to redact.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var occurrences: [[Int]] = Array(repeating: [], count: secrets.count)
        var anyOccurrence = false
        var anyParameter = false
        var index = 0
        let count = bytes.count
        while index < count {
            let flags = starts.flags[Int(bytes[index])]
            if flags != 0 {
                if flags & ByteStarts.secret != 0 {
                    for (which, secret) in secrets.enumerated() where Self.matches(secret, in: bytes, at: index) {
                        occurrences[which].append(index)
                        anyOccurrence = true
                    }
                }
                if flags & ByteStarts.key != 0, !anyParameter, Self.delimitedBefore(index, in: bytes) {
                    anyParameter = Self.urlParameterKeys.contains { Self.matches($0, in: bytes, at: index) }
                }
            }
            index += 1
        }
        guard anyOccurrence || anyParameter else { return nil }
        return regions(from: occurrences)
    }

    /// The regions a pass per secret (longest first, each leftmost and non-overlapping in what the
    /// earlier passes left) would have replaced: a secret's occurrence counts unless it overlaps one
    /// already taken. (Exact as long as no secret holds a piece of the placeholder `<redacted>`.)
    func regions(from occurrences: [[Int]]) -> [Range<Int>] {
        var taken: [Range<Int>] = []
        for (which, starts) in occurrences.enumerated() where !starts.isEmpty {
            let length = secrets[which].count
            var accepted: [Range<Int>] = []
            var earlier = 0
            var end = 0
            for start in starts where start >= end {
                let region = start..<(start + length)
                while earlier < taken.count, taken[earlier].upperBound <= region.lowerBound { earlier += 1 }
                if earlier < taken.count, taken[earlier].lowerBound < region.upperBound { continue }
                accepted.append(region)
                end = region.upperBound
            }
            taken = Self.merged(taken, accepted)
        }
        return taken
    }

    static func merged(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].lowerBound < b[j].lowerBound) {
                result.append(a[i]); i += 1
            } else {
                result.append(b[j]); j += 1
            }
        }
        return result
    }

    /// The copy: secret regions become the placeholder; a signed-URL parameter after `?`, `&` or
    /// `\u0026` (as written so far, so a placeholder before it is no delimiter) keeps its name and
    /// has its value, up to a delimiter or a secret, replaced by `REDACTED`.
    func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, secretRegions: [Range<Int>]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let placeholder = Array(Self.placeholder.utf8)
        let redacted = Array("REDACTED".utf8)
        var region = 0
        var index = 0
        while index < bytes.count {
            let nextSecret = region < secretRegions.count ? secretRegions[region].lowerBound : bytes.count
            if index == nextSecret {
                output += placeholder
                index = secretRegions[region].upperBound
                region += 1
                continue
            }
            if starts.flags[Int(bytes[index])] & ByteStarts.key != 0, Self.delimitedBefore(output.count, in: output),
               let key = Self.urlParameterKeys.first(where: { index + $0.count <= nextSecret && Self.matches($0, in: bytes, at: index) }) {
                output += key
                var end = index + key.count
                while end < nextSecret, !Self.isDelimiter(bytes[end]) { end += 1 }
                if end > index + key.count { output += redacted }
                index = end
                continue
            }
            // Up to the next byte that could start a parameter name (or the next secret), in one copy.
            var end = index + 1
            while end < nextSecret, starts.flags[Int(bytes[end])] & ByteStarts.key == 0 { end += 1 }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
        return output
    }

    /// `name=` of each signed-URL parameter, in `urlParameters` order.
    static let urlParameterKeys = urlParameters.map { Array(($0 + "=").utf8) }

    static func matches<C: RandomAccessCollection<UInt8>>(_ needle: [UInt8], in bytes: C, at index: Int) -> Bool where C.Index == Int {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// Whether `index` follows `?`, `&` or the JSON-escaped ampersand `\u0026`.
    static func delimitedBefore<C: RandomAccessCollection<UInt8>>(_ index: Int, in bytes: C) -> Bool where C.Index == Int {
        guard index > 0 else { return false }
        let previous = bytes[index - 1]
        if previous == UInt8(ascii: "?") || previous == UInt8(ascii: "&") { return true }
        return index >= 6 && matches(escapedAmpersand, in: bytes, at: index - 6)
    }

    static let escapedAmpersand = Array("\\u0026".utf8)

    /// A flag per byte value: whether a secret, or a parameter name, starts with it.
    struct ByteStarts: Sendable {
        static let secret: UInt8 = 1
        static let key: UInt8 = 2
        let flags: [UInt8]

        init(secrets: [[UInt8]], keys: [[UInt8]]) {
            var flags = [UInt8](repeating: 0, count: 256)
            for secret in secrets { flags[Int(secret[0])] |= Self.secret }
            for key in keys { flags[Int(key[0])] |= Self.key }
            self.flags = flags
        }
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: "'"), 0x0A, 0x0D,
             UInt8(ascii: "<"):
            return true
        default:
            return false
        }
    }
}
