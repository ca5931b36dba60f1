import APIConformCore
@testable import APIConformReports
import Foundation
import Testing

/// Writing the report: replaced whole, directories created, failures thrown with the path.
@Suite struct AtomicWriteTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apiconform-junit-\(UUID().uuidString)")

    @Test func createsParentDirectoriesAndWritesTheRenderedBytes() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("reports/nested/junit.xml").path
        let run = RunFixtures.everyOutcome()
        try JUnitWriter().write(run, to: path)
        #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == (try JUnitWriter().render(run)))
    }

    @Test func replacesAnExistingFileAndLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("junit.xml").path
        try Data(String(repeating: "old content that is longer than the new report ", count: 2_000).utf8)
            .write(to: URL(fileURLWithPath: path))
        let run = RunFixtures.everyOutcome()
        try JUnitWriter().write(run, to: path)
        #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == (try JUnitWriter().render(run)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["junit.xml"])
    }

    @Test func aFileInTheWayOfADirectoryIsAnErrorNamingThePath() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let blocker = directory.appendingPathComponent("reports")
        try Data("not a directory".utf8).write(to: blocker)
        let path = blocker.appendingPathComponent("junit.xml").path
        let error = try #require(throws: AtomicFile.WriteError.self) { try JUnitWriter().write(RunFixtures.everyOutcome(), to: path) }
        #expect(error.path == path)
        #expect(error.description == "cannot write \(path): using \(blocker.path) as a directory: Not a directory")
    }

    @Test func anExistingDirectoryAtThePathIsAnErrorAndLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("junit.xml")
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        let error = try #require(throws: AtomicFile.WriteError.self) { try JUnitWriter().write(RunFixtures.everyOutcome(), to: path.path) }
        #expect(error.description.hasPrefix("cannot write \(path.path): renaming "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["junit.xml"])
    }

    @Test func relativeAndRootPathsHaveSensibleDirectories() {
        #expect(AtomicFile.parentDirectory(of: "junit.xml") == ".")
        #expect(AtomicFile.parentDirectory(of: "/junit.xml") == "/")
        #expect(AtomicFile.parentDirectory(of: "reports/junit.xml") == "reports")
    }
}
