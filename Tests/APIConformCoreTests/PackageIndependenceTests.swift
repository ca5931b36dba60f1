import APIConformTestSupport
import Foundation
import Testing

/// The tests must pass on a clone with nothing beside it (`.ci/run` runs them in one). This pins the
/// cheap half of that promise: no test source or manifest names a path outside the package.
@Suite struct PackageIndependenceTests {
    /// Spellings that reach for the project's `shared/` folder or climb above the package root.
    /// Assembled from parts so this file does not itself hold the spellings it looks for.
    static let outsideReferences = [".." + "/" + shared, shared + "/junit", shared + "/signing", shared + "/api-docs\"", "APICONFORM_" + shared.uppercased(),
                                    "root" + climb, "Root" + climb]
    static let climb = ".deletingLast" + "PathComponent()"
    static let shared = "sha" + "red"

    @Test func noTestSourceReachesOutsideThePackage() throws {
        let root = PackageFiles.root
        var sources = [root.appendingPathComponent("Package.swift")]
        let walker = try #require(FileManager.default.enumerator(at: root.appendingPathComponent("Tests"), includingPropertiesForKeys: nil))
        for case let url as URL in walker where url.pathExtension == "swift" { sources.append(url) }
        #expect(sources.count > 40, "the walk found the test sources: \(sources.count)")
        var offenders: [String] = []
        for source in sources {
            let text = try String(contentsOf: source, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for spelling in Self.outsideReferences where line.contains(spelling) {
                    offenders.append("\(source.path.dropFirst(root.path.count + 1)):\(number + 1): \(spelling)")
                }
            }
        }
        #expect(offenders == [])
    }

    @Test func theFixturesTheTestsNeedAreInThePackage() {
        for path in ["schemas/junit.xsd", "Tests/APIConformSigningTests/Fixtures/signing-vectors.json", "cases/contracts", "cases/suites"] {
            #expect(FileManager.default.fileExists(atPath: PackageFiles.root.appendingPathComponent(path).path), "\(path) is missing")
        }
    }
}
