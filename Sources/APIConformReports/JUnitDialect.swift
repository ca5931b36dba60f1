/// Which JUnit XML a run writes. Readers disagree: the Jenkins xUnit and Ant schemas forbid the
/// `file`/`line` attributes on `<testcase>` that GitHub and GitLab reporters read for annotations.
public enum JUnitDialect: String, Sendable, CaseIterable {
    /// Valid under `schemas/junit.xsd`, Jenkins xUnit `junit-10.xsd` and the Ant `JUnit.xsd` at once.
    case portable
    /// `portable` plus `file` and `line` on every `<testcase>` and `file` on every `<testsuite>`:
    /// for GitHub and GitLab reporters; valid under `schemas/junit.xsd`, not under the two XSDs above.
    case annotated
}
