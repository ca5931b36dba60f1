import Foundation

/// The temporary files `AtomicFile` has open, so a process stopped by a second signal can remove
/// them on its way out instead of leaving `.junit.xml.*.tmp` beside the report.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: Set<String> = []

    static func add(_ path: String) {
        lock.withLock { _ = pending.insert(path) }
    }

    static func remove(_ path: String) {
        lock.withLock { _ = pending.remove(path) }
    }

    /// Unlinks every temporary file still being written; the targets keep their previous content.
    public static func removeAll() {
        lock.withLock {
            for path in pending { unlink(path) }
            pending.removeAll()
        }
    }
}
