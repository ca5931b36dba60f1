import Foundation

/// What a directory of recordings shows, per operation and field, without keeping a single body:
/// the input of `apiconform diff`, which compares two of them.
public struct RecordingProfile: Sendable {
    /// The directory as given; example files are named below it.
    public let directory: String
    public internal(set) var operations: [String: OperationProfile] = [:]
    /// How many recordings were profiled.
    public internal(set) var recordings = 0
    /// Recordings whose operation could not be told (they are left out, with a warning).
    public internal(set) var unidentified: [String] = []

    public init(directory: String) {
        self.directory = directory
    }

    /// Profiles every `*.http` file below `directory`, in file name order; problems go to `sink`
    /// (a missing directory, a directory without recordings, a malformed recording with its line).
    public static func build(directory: String, identifier: OperationIdentifier, sink: DiagnosticSink) -> RecordingProfile {
        var profile = RecordingProfile(directory: directory)
        let start = SourceLocation(file: directory, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            sink.report("missing_directory", "no directory of recordings at \(directory)", at: start, hint: "name a directory that holds <operation>/<case>.http files")
            return profile
        }
        let files = (FileManager.default.subpaths(atPath: directory) ?? []).filter { $0.hasSuffix(".http") }.sorted()
        guard !files.isEmpty else {
            sink.report("no_recordings", "no *.http recordings below \(directory)", at: start, hint: "recordings are named <operation>/<case>.http")
            return profile
        }
        for relative in files {
            let file = (directory as NSString).appendingPathComponent(relative)
            let data: [UInt8]
            do {
                data = try RecordingParser.bytes(at: file)
            } catch {
                sink.report("missing_file", error.description, at: SourceLocation(file: file, line: 1, column: 1), hint: error.hint)
                continue
            }
            do {
                let recording = try RecordingParser.parse(data)
                let folder = ((relative as NSString).deletingLastPathComponent as NSString).lastPathComponent
                guard let operation = identifier.operation(of: recording, directory: folder) else {
                    profile.unidentified.append(file)
                    continue
                }
                profile.add(recording, operation: operation, file: file, contract: identifier.contracts[operation])
            } catch {
                sink.report("malformed_recording", error.message, at: SourceLocation(file: file, line: error.line, column: 1),
                            hint: "see docs/recordings.md for the format")
            }
        }
        return profile
    }

    /// Profiles one recording of `operation`, named `file` in examples.
    public mutating func add(_ recording: Recording, operation: String, file: String, contract: Contract? = nil) {
        recordings += 1
        operations[operation, default: OperationProfile()].add(recording, file: file, contract: contract)
    }
}
