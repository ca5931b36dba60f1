/// Spaces requests evenly at a target's rate (a token bucket of depth one), across every case of a run.
///
/// Depth one means no bursts: a provider limiting at N requests per second over any window never sees
/// more than N, so the run uses the quota fully without being throttled.
public actor RequestPacer {
    let interval: Duration
    var nextSlot: ContinuousClock.Instant

    public init(requestsPerSecond: Double) {
        let nanoseconds = Int64((1_000_000_000 / max(requestsPerSecond, 0.001)).rounded())
        interval = .nanoseconds(nanoseconds)
        nextSlot = .now
    }

    /// Waits for this request's slot. Slots are handed out in call order.
    public func acquire() async throws {
        let now = ContinuousClock.now
        let slot = max(now, nextSlot)
        nextSlot = slot + interval
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }
}

/// Caps how many requests are in flight at once.
public actor ConcurrencyLimiter {
    let limit: Int
    var running = 0
    var waiting: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    public func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the next waiter, if any.
    public func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
