/// A response body is well-formed JSON (RFC 8259, UTF-8), or nothing else can be checked.
public enum JSONSyntaxRule: Rule {
    public static let key = "json_syntax"
    public static let summary = "The body is well-formed UTF-8 JSON; the finding gives the line, column and byte of the fault."
    public static let discussion = """
        Not configured: every body is parsed. A truncated body, raw control characters inside strings, \
        invalid UTF-8 or trailing garbage each stop evaluation with one finding at `$`.
        """

    /// The finding for a body that did not parse.
    public static func failure(for error: JSONParseError) -> RuleFailure {
        RuleFailure(path: .root, message: "the body is not valid JSON: \(error)", expected: "a JSON document", actual: "malformed at byte \(error.offset)")
    }

    public static let examples = [
        RuleExample("a truncated body", contract: "response: {}", body: #"{"RequestId": "r", "MediaInfos": [{"#, findings: ["$: the body is not valid JSON: expected a member name in double quotes, found end of input at line 1, column 36 (byte 35)"]),
        RuleExample("a raw control character inside a string", contract: "response: {}", body: "{\"Title\": \"a\u{1B}b\"}", findings: ["$: the body is not valid JSON: control character 0x1B must be escaped inside a string at line 1, column 13 (byte 12)"]),
        RuleExample("an escaped control character is fine", contract: "response: {additional_fields: allow}", body: #"{"Title": "a\u001bb"}"#),
    ]
}
