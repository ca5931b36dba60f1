/// How a case cut short by SIGINT/SIGTERM is reported: an `<error type="interrupted">`, so a stopped
/// run never reads as a pass, a contract failure or a provider fault.
public enum Interrupted {
    public static let kind = "interrupted"
    public static let message = "not run: interrupted"

    /// The result of a case that had not finished when the run was stopped.
    public static func result(_ testCase: TestCase, classname: String) -> CaseResult {
        CaseResult(name: testCase.name, classname: classname, location: testCase.location,
                   outcome: .error(kind: kind, message: message, details: "the run was stopped before this case finished"))
    }
}
