#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old content or the new, never a half-written file.
///
/// CI may pick up the report while a run is still writing, or a run may be killed mid-write: the bytes
/// go to a temporary file in the same directory (rename(2) is atomic only within one file system),
/// are fsynced, then renamed over the target. Missing parent directories are created first.
public enum AtomicFile {
    /// Why a file could not be written; the description names the target path and the failing step.
    public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The file that was to be written.
        public var path: String
        /// What was being done, e.g. `creating directory reports`.
        public var step: String
        /// The operating system's reason, e.g. `Permission denied`.
        public var reason: String

        public var description: String { "cannot write \(path): \(step): \(reason)" }
    }

    /// Replaces the file at `path` with `bytes`, atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let directory = parentDirectory(of: path)
        try makeDirectories(directory, for: path)
        let (descriptor, temporary) = try createTemporary(in: directory, for: path)
        TemporaryFiles.add(temporary)
        defer { TemporaryFiles.remove(temporary) }
        do throws(WriteError) {
            // Closed exactly once whatever happens: a second close could hit another thread's file.
            defer { _ = close(descriptor) }
            try writeAll(bytes, to: descriptor, for: path)
            if fsync(descriptor) != 0 { throw failure(path, "syncing \(temporary)") }
        } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let error = failure(path, "renaming \(temporary) to \(path)")
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// The directory part of `path`: `.` for a bare file name, `/` for a file in the root.
    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// `mkdir -p`: creates `directory` and its missing ancestors; an existing non-directory is an error.
    private static func makeDirectories(_ directory: String, for path: String) throws(WriteError) {
        var status = stat()
        if stat(directory, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { return }
            throw WriteError(path: path, step: "using \(directory) as a directory", reason: describe(ENOTDIR))
        }
        let parent = parentDirectory(of: directory)
        if parent != directory { try makeDirectories(parent, for: path) }
        // Another process may create it between stat and mkdir: EEXIST is then success.
        if mkdir(directory, 0o777) != 0 && errno != EEXIST {
            throw failure(path, "creating directory \(directory)")
        }
    }

    /// Opens a new, uniquely named file next to the target; the mode leaves permissions to the umask.
    private static func createTemporary(in directory: String, for path: String) throws(WriteError) -> (Int32, String) {
        let base = String(path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...])
        var attempts = 0
        while true {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = (directory == "/" ? "" : directory) + "/.\(base).\(suffix).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, temporary) }
            attempts += 1
            if errno != EEXIST || attempts >= 8 { throw failure(path, "creating \(temporary)") }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, for path: String) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, "writing")
            }
            offset += written
        }
    }

    /// Makes the rename itself durable; best effort, since some file systems refuse to sync directories.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    private static func failure(_ path: String, _ step: String) -> WriteError {
        WriteError(path: path, step: step, reason: describe(errno))
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// write(2) under a name that the static `AtomicFile.write` does not shadow.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
