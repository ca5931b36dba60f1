import Foundation

/// Finds the JUnit schemas kept in `shared/junit/` next to (or above) the repository.
///
/// A missing schema fails the test rather than skipping it: a skipped validation would let an
/// unreadable report through while everything looks green.
enum SchemaFiles {
    struct NotFound: Error, CustomStringConvertible {
        var name: String
        var searched: [String]
        var description: String {
            "cannot find shared/junit/\(name); the report tests need it to validate reports. Searched:\n"
                + searched.joined(separator: "\n")
        }
    }

    /// The Jenkins xUnit schema, the one every report must satisfy.
    static func junit10(filePath: String = #filePath) throws -> String {
        try locate("junit-10.xsd", from: filePath)
    }

    /// Looks in `<ancestor>/shared/junit/` and `<ancestor>/../shared/junit/` for every ancestor of `filePath`.
    static func locate(_ name: String, from filePath: String) throws -> String {
        var searched: [String] = []
        var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while true {
            for base in [directory, directory.deletingLastPathComponent()] {
                let candidate = base.appendingPathComponent("shared/junit/\(name)").standardizedFileURL.path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
                if !searched.contains(candidate) { searched.append(candidate) }
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw NotFound(name: name, searched: searched)
    }
}
