import Dispatch

/// `transform` over every element on every core, results in the elements' order: the parse and
/// check of a batch of `check` inputs are independent, and a 2-core machine checks twice as fast.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        if items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes its own slot and reads only its own item.
        nonisolated(unsafe) let slots = results
        items.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let input = buffer
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
                slots[index] = transform(input[index])
            }
        }
        return results.map { $0! }
    }
}
