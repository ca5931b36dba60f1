import Foundation

/// What a record run did with each recording: written, or kept as it was (and why), for the summary
/// `record` prints at the end.
public final class RecordLedger: @unchecked Sendable {
    public struct Kept: Sendable, Hashable {
        public var path: String
        public var reason: String
    }

    private let lock = NSLock()
    private var writtenPaths: [String] = []
    private var keptEntries: [Kept] = []

    public init() {}

    func noteWritten(_ path: String) {
        lock.withLock { writtenPaths.append(path) }
    }

    func noteKept(_ path: String, because reason: String) {
        lock.withLock { keptEntries.append(Kept(path: path, reason: reason)) }
    }

    public var written: [String] { lock.withLock { writtenPaths.sorted() } }
    public var kept: [Kept] { lock.withLock { keptEntries.sorted { $0.path < $1.path } } }

    /// `record: 12 recordings written, 3 kept as they were:` and a line per kept recording.
    public var summary: String {
        let written = written, kept = kept
        var text = "record: \(written.count) recording\(written.count == 1 ? "" : "s") written, \(kept.count) kept as \(kept.count == 1 ? "it was" : "they were")"
        text += kept.isEmpty ? "\n" : ":\n"
        for entry in kept { text += "  kept \(entry.path): \(entry.reason)\n" }
        return text
    }
}
