/// Parses recording files; a malformed one is an error naming the line, never a crash.
public enum RecordingParser {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// `recording_file_bytes`: a body at `json_body_bytes` and a generous head.
    public static let maximumFileBytes = JSONLimits.standard.maximumBodyBytes + (1 << 20)

    /// A recording file's bytes, read bounded (a FIFO or a 2 GB file in `cases/` must not hang or abort a run).
    public static func bytes(at path: String) throws(BoundedFile.ReadError) -> [UInt8] {
        try BoundedFile.read(path, limit: maximumFileBytes)
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> Recording {
        var lines: [String] = []
        var start = 0
        var bodyStart: Int?
        // Only the head is text; the body after the lone "<" line stays raw bytes.
        for index in bytes.indices where bytes[index] == 0x0A {
            var line = String(decoding: bytes[start..<index], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            lines.append(line)
            start = index + 1
            if line == "<" {
                bodyStart = start
                break
            }
        }
        guard let bodyStart else {
            throw Failure(line: lines.count, message: "no lone '<' line before the body; the head must end with a line holding only '<'")
        }
        guard lines.first == Recording.magic else {
            throw Failure(line: 1, message: "the first line must be '\(Recording.magic)'")
        }
        var notes: [String] = []
        var requestLine: (String, String)?
        var requestHeaders: [Recording.Header] = []
        var statusLine: (Int, String)?
        var responseHeaders: [Recording.Header] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if line == "<" { break }
            if line.hasPrefix("# ") || line == "#" {
                guard requestLine == nil else { throw Failure(line: number, message: "notes ('# …') belong before the request") }
                notes.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("> ") {
                let content = String(line.dropFirst(2))
                if requestLine == nil {
                    let parts = content.split(separator: " ", maxSplits: 1)
                    guard parts.count == 2 else { throw Failure(line: number, message: "expected '> METHOD TARGET'") }
                    requestLine = (String(parts[0]), String(parts[1]))
                } else {
                    requestHeaders.append(try header(content, line: number))
                }
            } else if line.hasPrefix("< ") {
                let content = String(line.dropFirst(2))
                if statusLine == nil {
                    let parts = content.split(separator: " ", maxSplits: 2)
                    guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100...599).contains(status) else {
                        throw Failure(line: number, message: "expected '< HTTP/1.1 STATUS REASON'")
                    }
                    statusLine = (status, parts.count == 3 ? String(parts[2]) : "")
                } else {
                    responseHeaders.append(try header(content, line: number))
                }
            } else if !line.isEmpty {
                throw Failure(line: number, message: "expected a line starting with '# ', '> ' or '< '")
            }
        }
        guard let requestLine else { throw Failure(line: 2, message: "no request line ('> METHOD TARGET')") }
        guard let statusLine else { throw Failure(line: lines.count, message: "no status line ('< HTTP/1.1 200 OK')") }
        return Recording(method: requestLine.0, target: requestLine.1, requestHeaders: requestHeaders, status: statusLine.0,
                         reason: statusLine.1, responseHeaders: responseHeaders, body: Array(bytes[bodyStart...]), notes: notes)
    }

    static func header(_ content: String, line: Int) throws(Failure) -> Recording.Header {
        guard let colon = content.firstIndex(of: ":") else { throw Failure(line: line, message: "expected 'name: value'") }
        let name = String(content[..<colon])
        let value = String(content[content.index(after: colon)...]).trimmed
        return Recording.Header(name: name, value: value)
    }
}
