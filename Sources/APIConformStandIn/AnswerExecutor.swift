import Dispatch

/// Where one stand-in server computes its answers: a serial queue of its own rather than Swift's
/// shared cooperative pool (one thread per core). Callers on the same machine — a test process whose
/// synchronous tests occupy both pool threads, or a CLI run checking big pages — would otherwise
/// starve the stand-in until their client's read timeout fired. One queue per server, not one per
/// process: a server building a huge page must not hold up another server's small answers. The
/// `StandIn` actor, having no executor of its own, follows this preference (SE-0417).
final class AnswerExecutor: TaskExecutor {
    let queue = DispatchQueue(label: "apiconform.stand-in.answers")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
