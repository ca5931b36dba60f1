import APIConformCore

/// One response `check` checks: a BODY file, standard input, or one NDJSON line, with the name its
/// findings are reported under (the path, or `line N` / `PATH:N` for NDJSON).
struct CheckInput {
    var name: String
    var status: Int
    /// The request as the client sent it; nil when it is not known (no `--request`, no `"request"`).
    var request: JSONObject?
    /// The body; nil when it was larger than `json_body_bytes` (answered by the `input_limit` finding).
    var body: [UInt8]?

    /// What `check` could not check, with why (a message that names it): an unreadable file, a
    /// malformed NDJSON envelope. The other inputs are still checked; the exit status is then 2.
    struct Unusable: Error {
        var name: String
        var message: String
    }

    /// The members of an NDJSON envelope line; any other object on a line is a bare body.
    static let envelopeKeys: Set<String> = ["request", "status", "body"]

    /// One NDJSON line: `{"request":{…},"status":200,"body":…}` (request and status optional, the
    /// defaults from the command line) or else a bare body, checked as it stands — so a line that is
    /// not JSON is a body that is not JSON, reported like one.
    static func line(_ bytes: [UInt8], name: String, status: Int, request: JSONObject?) throws(Unusable) -> CheckInput {
        guard let object = (try? JSONReader().parse(bytes))?.objectValue, let body = object["body"],
              object.keys.allSatisfy({ envelopeKeys.contains($0) }) else {
            return CheckInput(name: name, status: status, request: request, body: bytes)
        }
        var input = CheckInput(name: name, status: status, request: request, body: JSONWriter(pretty: false).bytes(body))
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
