import Foundation
import Testing
@testable import APIConformCore

/// A copy of the bundled recordings, to plant changes in and profile as NEW; removed by `remove()`.
struct PlantedRecordings {
    static let bundled = Fixtures.repositoryRoot.appendingPathComponent("cases/recordings")

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-diff-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.bundled, to: directory)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Rewrites the body of `file` (`vod.BatchGetMediaInfos/doc-example.http`): every value `pattern`
    /// selects goes through `edit` (nil removes a member). Fails unless the body really changed.
    func plant(_ file: String, at pattern: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
               _ edit: (JSONValue) -> JSONValue?) throws {
        let changed = try rewrite(directory.appendingPathComponent(file), at: pattern, edit)
        try #require(changed, "nothing planted at \(pattern) in \(file)", sourceLocation: sourceLocation)
    }

    /// The same edit in every recording of `operation` (for a field that must vanish everywhere).
    func plantEverywhere(_ operation: String, at pattern: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                         _ edit: (JSONValue) -> JSONValue?) throws {
        let folder = directory.appendingPathComponent(operation)
        var planted = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".http") {
            if try rewrite(folder.appendingPathComponent(name), at: pattern, edit) { planted += 1 }
        }
        try #require(planted > 0, "nothing planted at \(pattern) in \(operation)", sourceLocation: sourceLocation)
    }

    /// Whether the recording's body changed (bodies that are not JSON are left alone).
    private func rewrite(_ url: URL, at pattern: String, _ edit: (JSONValue) -> JSONValue?) throws -> Bool {
        var recording = try RecordingParser.parse([UInt8](try Data(contentsOf: url)))
        guard let body = try? JSONReader().parse(recording.body) else { return false }
        var edited = body
        for (path, value) in try JSONPathPattern(parsing: pattern).select(in: body) {
            edited = edited.replacing(path, with: edit(value))
        }
        guard edited != body else { return false }
        recording.body = JSONWriter().bytes(edited)
        try Data(recording.serialized()).write(to: url)
        return true
    }
}

extension JSONValue {
    /// An object with one more member at the end.
    func adding(_ key: String, _ value: JSONValue) -> JSONValue {
        guard var object = objectValue else { return self }
        object.members.append(JSONObject.Member(key: key, value: value))
        return .object(object)
    }
}
