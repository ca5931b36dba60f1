/// A finding a case's own `expect:` raises (not a contract rule: the case file configures it),
/// listed by `apiconform rules` and docs/rules.md beside the rules.
public struct CaseFinding: Sendable {
    public let key: String
    /// The `expect:` key that configures it.
    public let configuredBy: String
    public let summary: String
}

extension RuleCatalog {
    public static let caseFindings: [CaseFinding] = [
        CaseFinding(key: "expect.status", configuredBy: "`expect.status:` (default: any 2xx, or an error status when `error:` is expected)",
                    summary: "The HTTP status is not the one the case expects."),
        CaseFinding(key: "expect.error", configuredBy: "`expect.error.code:`", summary: "The provider's error code is not the one the case provokes."),
        CaseFinding(key: "expect.count", configuredBy: "`expect.count:`", summary: "The number of items at a path is outside the case's exact count or bounds."),
        CaseFinding(key: "expect.present", configuredBy: "`expect.present:`", summary: "A path the case expects is absent."),
        CaseFinding(key: "expect.absent", configuredBy: "`expect.absent:`", summary: "A path the case expects absent is there."),
        CaseFinding(key: "expect.equals", configuredBy: "`expect.equals:`",
                    summary: "A value at a body path is not the one the case expects (numbers by value), or the path is absent."),
        CaseFinding(key: "expect.matches", configuredBy: "`expect.matches:`",
                    summary: "A value at a body path does not match the case's regular expression, or the path is absent."),
        CaseFinding(key: "expect.one_of", configuredBy: "`expect.one_of:`",
                    summary: "A value at a body path is none of the values the case lists, or the path is absent."),
        CaseFinding(key: "expect.headers", configuredBy: "`expect.headers:`",
                    summary: "A response header is absent, or does not equal / match what the case expects."),
        CaseFinding(key: "expect.request_findings", configuredBy: "`expect.request_findings:`",
                    summary: "A request rule the case breaks on purpose did not fire."),
    ]
}
