import APIConformTestSupport
import Foundation
import Testing
@testable import APIConformCore

/// Every class of malformed case file and contract: the first diagnostic at the right line and
/// column, with a fix.
@Suite struct MalformedFileTests {
    @Test(arguments: MalformedFile.all)
    func pointsAtTheFaultWithAFix(_ malformed: MalformedFile) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malformed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(malformed.name + ".yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(malformed.bytes)))
        let sink = DiagnosticSink()
        switch malformed.kind {
        case .caseFile: _ = CaseFileLoader(contracts: try Fixtures.contracts(), sink: sink).loadFile(path)
        case .contract: _ = ContractLoader(sink: sink).loadFile(path)
        }
        let first = try #require(sink.diagnostics.first, "no diagnostic")
        #expect(first.description.hasPrefix(path + ":" + malformed.expected), "\(sink.diagnostics.map(\.description))")
        #expect(first.hint?.isEmpty == false, "says the fix")
    }
}
