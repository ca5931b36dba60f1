#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a descriptor line by line (NDJSON on standard input or in a file) holding at most one line
/// of `limit` bytes: a longer line is skipped to its end and reported by its size, so a stream of any
/// length, or one endless line, never fills memory.
public struct BoundedLines {
    public enum Line: Equatable, Sendable {
        /// The line's bytes, without its `\n` (nor a `\r` before it).
        case text([UInt8])
        /// A line of more than `limit` bytes; `size` is what was seen before giving up on holding it.
        case tooLong(size: Int)
    }

    let descriptor: Int32
    let path: String
    let limit: Int
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var start = 0
    var end = 0
    var atEnd = false
    /// The 1-based number of the line `next()` returned last.
    public private(set) var number = 0

    public init(descriptor: Int32, path: String, limit: Int) {
        self.descriptor = descriptor
        self.path = path
        self.limit = limit
    }

    /// True when the next line is not read yet and the descriptor has nothing ready: a reader that
    /// batches lines (`check --ndjson`) reports what it holds before waiting on a live stream.
    public var wouldWait: Bool {
        if start < end || atEnd { return false }
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, 0) == 0
    }

    /// The next line, nil at the end of the input (a last line without `\n` is still a line).
    public mutating func next() throws(BoundedFile.ReadError) -> Line? {
        var line: [UInt8] = []
        var size = 0
        var sawAny = false
        while true {
            if start == end {
                if atEnd { break }
                end = try BoundedFile.readChunk(descriptor, into: &chunk, path: path)
                start = 0
                if end == 0 { atEnd = true; break }
            }
            sawAny = true
            // memchr and one bulk copy: an element-wise search and append was most of reading a stream.
            let (first, last) = (start, end)
            let newline: Int? = chunk.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, let found = memchr(base + first, Int32(UInt8(ascii: "\n")), last - first) else { return nil }
                return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            let stop = newline ?? end
            size += stop - start
            if size <= limit {
                chunk.withUnsafeBufferPointer { line.append(contentsOf: UnsafeBufferPointer(rebasing: $0[first..<stop])) }
            } else {
                line = []
            }
            start = newline.map { $0 + 1 } ?? end
            if newline != nil { return finish(line, size: size) }
        }
        return sawAny ? finish(line, size: size) : nil
    }

    private mutating func finish(_ line: [UInt8], size: Int) -> Line {
        number += 1
        if size > limit { return .tooLong(size: size) }
        return .text(line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line)
    }
}
