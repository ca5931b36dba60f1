import Foundation

/// Delivers SIGINT and SIGTERM to a Swift closure on a thread of its own, catching from the moment
/// `listen` returns. A dispatch signal source registers asynchronously after `resume()`, and with the
/// disposition set to SIG_IGN before it, a signal arriving in between was dropped: a run stopped right
/// after its first progress line went on to the end (seen in CI). Here a C handler, installed
/// synchronously, only writes the signal's number to a pipe (async-signal-safe); the thread reads it.
enum SignalPipe {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var deliver: (@Sendable (Int32) -> Void)?
    nonisolated(unsafe) private static var started = false

    /// Sends each later SIGINT and SIGTERM to `handler` (replacing an earlier one).
    static func listen(_ handler: @escaping @Sendable (Int32) -> Void) {
        let startNow = lock.withLock { () -> Bool in
            deliver = handler
            defer { started = true }
            return !started
        }
        guard startNow else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        signalPipeWriteEnd = ends[1]
        let readEnd = ends[0]
        let reader = Thread {
            var byte: UInt8 = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count == 1 {
                    let handler = lock.withLock { deliver }
                    handler?(Int32(byte))
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        reader.start()
        for number in [SIGINT, SIGTERM] { signal(number, signalPipeHandler) }
    }
}

/// Set once, before any handler is installed, so the handler only reads it.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

private func signalPipeHandler(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipeWriteEnd, &byte, 1)
}
