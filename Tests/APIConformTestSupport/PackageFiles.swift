import Foundation

/// Files of this package that tests read, found from this source file so that no test reaches
/// outside the package: the tests must pass on a clone with nothing beside it.
public enum PackageFiles {
    /// The package's root folder (the one holding `Package.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `schemas/junit.xsd`, the strict schema of the JUnit dialect apiconform writes.
    public static var junitSchema: String { root.appendingPathComponent("schemas/junit.xsd").path }
}
