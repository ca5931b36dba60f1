import APIConformCore

/// One response `check` checks: a BODY file, standard input, or one NDJSON line, with the name its
/// findings are reported under (the path, or `line N` / `PATH:N` for NDJSON).
struct CheckInput: Sendable {
    var name: String
    /// The operation an NDJSON envelope names; nil for `--operation`'s.
    var operation: String?
    var status: Int
    /// The request as the client sent it; nil when it is not known (no `--request`, no `"request"`).
    var request: JSONObject?
    var body: Body

    enum Body: Sendable {
        /// Bytes not yet parsed: a file, or a line that is not JSON (its `json_syntax` finding).
        case bytes([UInt8])
        /// An NDJSON line already parsed to find its envelope: checked as parsed, not written out and
        /// read again.
        case parsed(JSONValue)
        /// Larger than `json_body_bytes`, answered by the `input_limit` finding without being held.
        case oversized
    }

    /// What `check` could not check, with why (a message that names it): an unreadable file, a
    /// malformed NDJSON envelope. The other inputs are still checked; the exit status is then 2.
    struct Unusable: Error, Sendable {
        var name: String
        var message: String
    }

    /// The members of an NDJSON envelope line; any other object on a line is a bare body.
    static let envelopeKeys: Set<String> = ["operation", "request", "status", "body"]

    /// One NDJSON line: `{"operation":"…","request":{…},"status":200,"body":…}` (all but the body
    /// optional, the defaults from the command line) or else a bare body, checked as it stands — so a
    /// line that is not JSON is a body that is not JSON, reported like one.
    static func line(_ bytes: [UInt8], name: String, status: Int, request: JSONObject?) throws(Unusable) -> CheckInput {
        guard let parsed = try? JSONReader().parse(bytes) else {
            return CheckInput(name: name, status: status, request: request, body: .bytes(bytes))
        }
        guard let object = parsed.objectValue, let body = object["body"], object.keys.allSatisfy({ envelopeKeys.contains($0) }) else {
            return CheckInput(name: name, status: status, request: request, body: .parsed(parsed))
        }
        var input = CheckInput(name: name, status: status, request: request, body: .parsed(body))
        if let given = object["operation"] {
            guard let operation = given.stringValue, !operation.isEmpty else {
                throw Unusable(name: name, message: "\(name): \"operation\" must be an operation name such as ice.ListMediaBasicInfos, found \(given.brief())")
            }
            input.operation = operation
        }
        if let given = object["status"] {
            guard let code = given.numberValue?.int64, (100...599).contains(code) else {
                throw Unusable(name: name, message: "\(name): \"status\" must be an HTTP status from 100 to 599, found \(given.brief())")
            }
            input.status = Int(code)
        }
        if let given = object["request"], !given.isNull {
            guard let parameters = given.objectValue else {
                throw Unusable(name: name, message: "\(name): \"request\" must be a JSON object of parameters, found \(given.typeName)")
            }
            input.request = parameters
        }
        return input
    }
}
