#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file whole, but only a regular file and only up to a size: `FileManager` would
/// block forever on a FIFO, fill memory from `/dev/zero`, and crash allocating a 2 GB file. The type
/// and size are checked with stat(2) before the file is opened, and the read stops at the limit
/// even if the file grows meanwhile.
public enum BoundedFile {
    /// Why a file was not read; `description` is a sentence that names the file.
    public enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        /// stat(2) or open(2) failed: missing, unreadable, a symlink loop (the system's reason).
        case unreadable(path: String, reason: String)
        /// A directory, FIFO, socket or device.
        case notRegular(path: String, kind: String)
        /// Larger than the limit (`size` is at least `limit + 1`).
        case tooLarge(path: String, size: Int, limit: Int)

        public var description: String {
            switch self {
            case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
            case let .notRegular(path, kind): return "\(path) is \(kind), not a regular file"
            case let .tooLarge(path, size, limit): return "\(path) is \(size) bytes, more than the limit of \(limit) bytes"
            }
        }

        /// What to do about it, for a diagnostic's hint.
        public var hint: String {
            switch self {
            case .unreadable: return "check the path and its permissions"
            case .notRegular: return "point at a regular file"
            case .tooLarge: return "split the file, or check that this is the file you meant"
            }
        }
    }

    public static func read(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        let descriptor = try openRegular(path, limit: limit)
        defer { _ = close(descriptor) }
        return try readAll(descriptor, path: path, limit: limit)
    }

    /// Opens a regular file of at most `limit` bytes for reading (the caller closes the descriptor);
    /// `BoundedLines` reads a file of any size this way, one bounded line at a time.
    public static func openRegular(_ path: String, limit: Int = .max) throws(ReadError) -> Int32 {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        if let kind = kind(of: status.st_mode) { throw .notRegular(path: path, kind: kind) }
        if Int(status.st_size) > limit { throw .tooLarge(path: path, size: Int(status.st_size), limit: limit) }
        // O_NONBLOCK: should the path be swapped for a FIFO after stat, open still returns.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        var opened = stat()
        if fstat(descriptor, &opened) == 0, let kind = kind(of: opened.st_mode) {
            _ = close(descriptor)
            throw .notRegular(path: path, kind: kind)
        }
        return descriptor
    }

    /// Reads a descriptor (standard input) to its end, refusing more than `limit` bytes.
    public static func readAll(_ descriptor: Int32, path: String, limit: Int) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try readChunk(descriptor, into: &chunk, path: path)
            if count == 0 { return bytes }
            if bytes.count + count > limit { throw .tooLarge(path: path, size: bytes.count + count, limit: limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// One read(2) into `chunk` (retried on EINTR): the byte count, 0 at the end.
    static func readChunk(_ descriptor: Int32, into chunk: inout [UInt8], path: String) throws(ReadError) -> Int {
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR { throw .unreadable(path: path, reason: reason(errno)) }
        }
    }

    /// Why stat(2) fails on `path` (`No such file or directory`, `Too many levels of symbolic links`), nil if it does not.
    public static func statFailure(_ path: String) -> String? {
        var status = stat()
        return stat(path, &status) == 0 ? nil : reason(errno)
    }

    private static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "a special file"
        }
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// read(2) under a name that no static member shadows.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
