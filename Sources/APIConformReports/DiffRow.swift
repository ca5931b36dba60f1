import APIConformCore

/// The cells of one change as both diff renderings print them, so the console and Markdown agree.
struct DiffRow {
    static let headers = ["impact", "operation", "field", "change", "old → new", "status"]

    var cells: [String]
    /// The recordings that show the change, OLD's first (either may be missing).
    var examples: [String]

    init(_ change: ProfileChange) {
        cells = [change.impact.rawValue, change.operation, change.fieldLabel, change.kind.name,
                 "\(change.old) → \(change.new)", Self.status(change)]
        examples = [change.oldExample, change.newExample].compactMap { $0 }
    }

    /// `fails`, `accepted until 2026-12-31`, `expired 2025-12-31 (fails)`, or `—` for what never fails.
    static func status(_ change: ProfileChange) -> String {
        let expires = change.acceptance?.expires
        switch change.status {
        case .fail: return "fails"
        case .warn: return "—"
        case .accepted: return expires.map { "accepted until \($0)" } ?? "accepted"
        case .expired: return "expired \(expires.map(String.init(describing:)) ?? "") (fails)"
        }
    }

    /// `old (94 recordings) → new (94 recordings)`.
    static func sets(old: RecordingProfile, new: RecordingProfile) -> String {
        "\(old.directory) (\(old.recordings) recordings) → \(new.directory) (\(new.recordings) recordings)"
    }
}
