/// An error response has the provider's documented shape, and a success status never carries one.
public struct ErrorShapeRule: InvariantRule {
    public static let key = "error_shape"
    public static let summary = "Non-2xx bodies carry the provider's error fields (code, message, request id); 2xx bodies carry none."
    public static let discussion = """
        Configured in a contract's `errors:` section:
        ```yaml
        errors:
          code: Code                  # Huawei: error_code
          message: Message            # Huawei: error_msg
          request_id: RequestId       # optional
          code_pattern: '[A-Za-z][A-Za-z0-9.]*'
        ```
        On a non-2xx status the body must be an object whose code and message are non-empty strings, \
        the code matching `code_pattern`. On a 2xx status a body that carries the code field is a \
        finding: clients that trust the status would take an error for data.
        """
    public static let invariantKeys = ["code", "message", "request_id", "code_pattern"]
    public static let section: String? = "errors"

    public let code: String
    public let message: String
    public let requestID: String?
    public let codePattern: PatternRule?

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> ErrorShapeRule? {
        guard let code = declaration.string("code", required: true), let message = declaration.string("message", required: true) else { return nil }
        return ErrorShapeRule(code: code, message: message, requestID: declaration.string("request_id"),
                              codePattern: declaration.has("code_pattern") ? PatternRule.make(from: Self.renamed(declaration, sink: sink), type: .string, sink: sink) : nil)
    }

    /// Reuses `pattern`'s compilation and diagnostics for `code_pattern`.
    static func renamed(_ reader: MappingReader, sink: DiagnosticSink) -> MappingReader {
        let entries = reader.entries.map { $0.key == "code_pattern" ? YAMLNode.Entry(key: "pattern", keyLocation: $0.keyLocation, value: $0.value) : $0 }
        return MappingReader(YAMLNode(kind: .mapping(entries), location: reader.node.location), what: "errors", sink: sink)!
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        let success = (200..<300).contains(context.status)
        if success {
            guard let value = body[code] else { return [] }
            return [RuleFailure(path: JSONPath.root.appending(code), message: "status \(context.status) but the body carries error code \(value.brief())",
                                expected: "no \(code) on success", actual: value.brief())]
        }
        guard body.objectValue != nil else {
            return [RuleFailure(path: .root, message: "status \(context.status) with a body that is not a JSON object",
                                expected: "an object with \(code) and \(message)", actual: body.typeName)]
        }
        var failures: [RuleFailure] = []
        for name in [code, message] + (requestID.map { [$0] } ?? []) {
            let path = JSONPath.root.appending(name)
            guard let value = body[name] else {
                failures.append(RuleFailure(path: path, message: "error response without '\(name)'", expected: "a non-empty string", actual: "absent"))
                continue
            }
            guard let text = value.stringValue, !text.isEmpty else {
                failures.append(RuleFailure(path: path, message: "'\(name)' must be a non-empty string", expected: "a non-empty string", actual: value.brief()))
                continue
            }
            if name == code, let codePattern {
                failures += codePattern.check(value, at: path, in: context)
            }
        }
        return failures
    }

    public static let examples = [
        RuleExample("a Huawei error without a message and with a foreign code", contract: """
            errors: {code: error_code, message: error_msg, code_pattern: 'VOD\\.[0-9]+'}
            """, status: 400, body: #"{"error_code": "InvalidParameter"}"#,
            findings: [#"$.error_code: "InvalidParameter" does not match VOD\.[0-9]+"#, "$.error_msg: error response without 'error_msg'"]),
        RuleExample("an HTML error page", contract: """
            errors: {code: Code, message: Message, request_id: RequestId}
            """, status: 503, body: #""Service Unavailable""#, findings: ["$: status 503 with a body that is not a JSON object"]),
        RuleExample("an error under status 200", contract: """
            errors: {code: Code, message: Message}
            response: {additional_fields: allow}
            """, status: 200, body: #"{"Code": "Throttling.User", "Message": "Request was denied due to user flow control."}"#, findings: [#"$.Code: status 200 but the body carries error code "Throttling.User""#]),
        RuleExample("documented error shapes", contract: """
            errors: {code: Code, message: Message, request_id: RequestId, code_pattern: '[A-Za-z][A-Za-z0-9.]*'}
            """, status: 400, body: #"{"RequestId": "r", "Code": "InvalidParameter.MaxResults", "Message": "The MaxResults is invalid."}"#),
    ]
}
