/// The fix for a diagnostic reported without one, by its key: every diagnostic says what to do, even
/// where the loader has nothing more specific to say than the kind of problem.
enum DiagnosticHints {
    static func hint(for key: String) -> String {
        switch key {
        case "wrong_type": return "change the value to the type the message names (docs/case-files.md and docs/contracts.md list every key)"
        case "missing_key": return "add the key the message names"
        case "out_of_range": return "use a value within the range the message gives"
        case "invalid_name": return "rename it as the message says"
        case "unknown_value": return "use one of the values docs/contracts.md lists for this key"
        case "duplicate_operation": return "keep one contract per operation: remove or rename the other file"
        case "conflicting_bounds": return "make min at most max"
        case "yaml_syntax": return "check indentation and quoting on this line"
        default: return "see docs/case-files.md and docs/contracts.md for what this key takes"
        }
    }
}
