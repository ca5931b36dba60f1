import APIConformCore
import Foundation

/// SIGINT and SIGTERM during `run` and `record` (a Ctrl-C, a CI job's timeout): the first stops the
/// run — no new case starts, requests in flight are cancelled — so the report of what finished is
/// still written, the rest marked `interrupted`; the process then exits 128 + the signal (130, 143).
/// A second signal exits at once, removing any half-written temporary file (the previous report stays).
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var quitsAtOnce = false

    /// Starts listening; `stop` is called once, on the first signal.
    static func install(stop: @escaping @Sendable () -> Void) -> Interruption {
        listen(Interruption(), stop: stop)
    }

    /// For commands with nothing to finish (`diff`, `merge`): the first signal already removes any
    /// half-written temporary report and exits 128 + the signal; the previous reports stay.
    static func quitAtOnce() {
        let interruption = Interruption()
        interruption.quitsAtOnce = true
        _ = listen(interruption, stop: {})
    }

    private static func listen(_ interruption: Interruption, stop: @escaping @Sendable () -> Void) -> Interruption {
        SignalPipe.listen { number in interruption.handle(number, stop: stop) }
        return interruption
    }

    private func handle(_ number: Int32, stop: @Sendable () -> Void) {
        let first = lock.withLock { () -> Bool in
            guard received == nil, !quitsAtOnce else { return false }
            received = number
            return true
        }
        guard first else {
            TemporaryFiles.removeAll()
            _exit(128 + number)
        }
        let name = number == SIGINT ? "SIGINT" : "SIGTERM"
        FileHandle.standardError.write(Data("\napiconform: \(name) received; stopping and writing the report of what finished (send it again to quit at once)\n".utf8))
        stop()
    }

    /// The signal that stopped the run, if one did.
    var stoppingSignal: Int32? { lock.withLock { received } }

    /// 130 for SIGINT, 143 for SIGTERM; nil when the run was not stopped.
    var exitStatus: Int32? { stoppingSignal.map { 128 + $0 } }
}
