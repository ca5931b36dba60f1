/// One drift finding of one case, and what the run made of it.
public struct DriftObservation: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// The policy fails this drift: the case fails with it.
        case fail
        /// The policy only warns (or `--fail-on` leaves the finding's severity out): reported, not failing.
        case warn
        /// Covered by an acceptance that holds: reported, not failing.
        case accepted
        /// Covered by an acceptance that has run out: it fails again, so someone looks at it.
        case expired
    }

    public var finding: Finding
    public var kind: DriftKind
    public var status: Status
    /// The acceptance that covers it, held or expired.
    public var acceptance: DriftAcceptance?
    /// The recording the response came from, or `live <target>`.
    public var source: String

    public init(finding: Finding, kind: DriftKind, status: Status, acceptance: DriftAcceptance? = nil, source: String) {
        self.finding = finding
        self.kind = kind
        self.status = status
        self.acceptance = acceptance
        self.source = source
    }

    public var fails: Bool { status == .fail || status == .expired }
}
