/// A body within the input limits (`JSONLimits`), or it is not evaluated: one finding at the object,
/// array or string that exceeds a limit, naming the limit, instead of a crash or a run that never ends.
public enum InputLimitRule: Rule {
    public static let key = "input_limit"
    public static let summary = "The body is within the documented input limits (docs/limits.md); the finding names the limit and the path."
    public static let discussion = """
        Not configured: json_body_bytes (64 MiB), json_depth (512 levels), json_keys_per_object \
        (1,000,000 members) and json_string_bytes (16 MiB per string or member name) hold for every body. \
        Exceeding one stops evaluation with one finding at the offending path.
        """

    /// The finding for a body that exceeded `error.limit`.
    public static func failure(for error: JSONParseError) -> RuleFailure {
        RuleFailure(path: error.path, message: "the body exceeds the input limit \(error.limit ?? "?"): \(error)",
                    expected: "within \(error.limit ?? "the input limits")", actual: error.message)
    }

    /// The finding for a body that was not even read whole, being over `json_body_bytes`.
    public static func oversizedBody(limits: JSONLimits = .standard) -> Finding {
        Finding(rule: key, path: "$", message: "the body exceeds the input limit json_body_bytes: it is more than \(limits.maximumBodyBytes) bytes",
                expected: "within json_body_bytes", actual: "more than \(limits.maximumBodyBytes) bytes")
    }

    public static let examples = [
        RuleExample("nesting deeper than json_depth", contract: "response: {}",
                    body: #"{"A": "# + String(repeating: "[", count: 513) + String(repeating: "]", count: 513) + "}",
                    findings: ["$.A" + String(repeating: "[0]", count: 511)
                        + ": the body exceeds the input limit json_depth: nesting deeper than 512 levels at line 1, column 518 (byte 517)"]),
        RuleExample("nesting within json_depth", contract: "response: {additional_fields: allow}",
                    body: #"{"A": [[[[1]]]]}"#),
    ]
}
