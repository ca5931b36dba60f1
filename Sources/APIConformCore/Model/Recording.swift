/// One recorded exchange: the request as sent (secrets redacted), the status, headers and the body verbatim.
///
/// On disk it is a plain text file a reviewer can read in a diff, in the style of `curl -v`:
/// ```
/// # apiconform recording v1
/// > POST https://ice.cn-shanghai.aliyuncs.com/?MaxResults=2
/// > x-acs-action: ListMediaBasicInfos
/// < HTTP/1.1 200 OK
/// < content-type: application/json
/// <
/// {"RequestId": "…"}
/// ```
/// Everything after the lone `<` line is the body, byte for byte, to the end of the file.
public struct Recording: Sendable, Hashable {
    public static let magic = "# apiconform recording v1"

    public var method: String
    /// The request target as sent: absolute URL or path, with its query.
    public var target: String
    public var requestHeaders: [Header]
    public var status: Int
    public var reason: String
    public var responseHeaders: [Header]
    public var body: [UInt8]
    /// Free-form `# key: value` lines after the magic line (case name, recorded-at).
    public var notes: [String]

    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(method: String, target: String, requestHeaders: [Header], status: Int, reason: String,
                responseHeaders: [Header], body: [UInt8], notes: [String] = []) {
        self.method = method
        self.target = target
        self.requestHeaders = requestHeaders
        self.status = status
        self.reason = reason
        self.responseHeaders = responseHeaders
        self.body = body
        self.notes = notes
    }

    /// The query parameters of the recorded request, decoded, in order (repeated keys kept).
    public var queryItems: [(name: String, value: String)] {
        guard let mark = target.firstIndex(of: "?") else { return [] }
        return QueryString.decode(String(target[target.index(after: mark)...]))
    }

    /// The file's bytes.
    public func serialized() -> [UInt8] {
        var text = Recording.magic + "\n"
        for note in notes { text += "# \(note)\n" }
        text += "> \(method) \(target)\n"
        for header in requestHeaders { text += "> \(header.name): \(header.value)\n" }
        text += "< HTTP/1.1 \(status) \(reason)\n"
        for header in responseHeaders { text += "< \(header.name): \(header.value)\n" }
        text += "<\n"
        return Array(text.utf8) + body
    }
}
