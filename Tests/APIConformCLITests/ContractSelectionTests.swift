import Foundation
import Testing

/// `check` reads only the contract file named after its operation when that file declares it, so a
/// broken contract of another operation does not stop it (while `lint` still reports that one); any
/// other layout falls back to loading every contract, with the same answers and diagnostics as before.
@Suite struct ContractSelectionTests {
    static let contracts = BinaryRunner.repositoryRoot.appendingPathComponent("cases/contracts")
    static let body = #"{"RequestId":"r","MediaInfos":[],"TotalCount":0,"MaxResults":10}"#

    /// A contracts folder holding the bundled ListMediaBasicInfos contract as `name`, plus `others`.
    static func folder(listingAs name: String = "ice.ListMediaBasicInfos.yaml", others: [String: String] = [:]) throws -> URL {
        let folder = try BinaryRunner.temporaryDirectory()
        let listing = try Data(contentsOf: contracts.appendingPathComponent("ice.ListMediaBasicInfos.yaml"))
        try listing.write(to: folder.appendingPathComponent(name))
        for (file, text) in others { try Data(text.utf8).write(to: folder.appendingPathComponent(file)) }
        try Data(body.utf8).write(to: folder.appendingPathComponent("body.json"))
        return folder
    }

    static func check(_ folder: URL, operation: String = "ice.ListMediaBasicInfos", extra: [String] = []) throws -> BinaryRunner.Output {
        try BinaryRunner.run(["check", "--operation", operation, "--contracts", folder.path] + extra + [folder.appendingPathComponent("body.json").path])
    }

    static let broken = "operation: vod.BatchGetMediaInfos\nprovider: alibaba\nresponse:\n  fields:\n    X: {type: strnig}\n"

    @Test func aBrokenUnrelatedContractDoesNotStopCheckButLintReportsIt() throws {
        let folder = try Self.folder(others: ["vod.BatchGetMediaInfos.yaml": Self.broken])
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = try Self.check(folder)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("ice.ListMediaBasicInfos: conforms (0 findings)\n"), "\(checked.stdout)")
        let linted = try BinaryRunner.run(["lint", "--contracts", folder.path])
        #expect(linted.status == 2)
        #expect(linted.stderr.contains("vod.BatchGetMediaInfos.yaml:5:15: error: [unknown_value]"), "\(linted.stderr)")
    }

    /// The contract of the operation checked keeps every diagnostic, with its position.
    @Test func aBrokenContractOfTheOperationCheckedIsReported() throws {
        let folder = try Self.folder(others: ["vod.BatchGetMediaInfos.yaml": Self.broken])
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = try Self.check(folder, operation: "vod.BatchGetMediaInfos")
        #expect(checked.status == 2)
        #expect(checked.stderr.contains("vod.BatchGetMediaInfos.yaml:5:15: error: [unknown_value]"), "\(checked.stderr)")
    }

    /// A file named otherwise, or a file named after the operation that declares another, is still
    /// found by loading everything.
    @Test(arguments: ["listing.yaml", "ice.ListPublicMediaBasicInfos.yaml"])
    func aContractInAFileNamedOtherwiseIsStillFound(_ name: String) throws {
        let folder = try Self.folder(listingAs: name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = try Self.check(folder)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("ice.ListMediaBasicInfos: conforms (0 findings)\n"), "\(checked.stdout)")
        let misnamed = try Self.check(folder, operation: "ice.ListPublicMediaBasicInfos")
        #expect(misnamed.status == 2)
        #expect(misnamed.stderr.contains("unknown operation 'ice.ListPublicMediaBasicInfos' (contracts read from --contracts \(folder.path))"), "\(misnamed.stderr)")
        #expect(misnamed.stderr.contains("'ice.ListMediaBasicInfos'"), "\(misnamed.stderr)")
    }

    /// Accepted drift may name any operation with a contract, loaded or not; a name with none is
    /// still refused, with "did you mean" over every contract.
    @Test func acceptedDriftForAnotherOperationIsKnown() throws {
        let folder = try Self.folder(others: ["vod.BatchGetMediaInfos.yaml": try String(contentsOf: Self.contracts.appendingPathComponent("vod.BatchGetMediaInfos.yaml"), encoding: .utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        func accepting(_ operation: String) throws -> BinaryRunner.Output {
            let file = folder.appendingPathComponent("accepted.yaml")
            try Data("accepted:\n  - operation: \(operation)\n    path: $.X\n    reason: known\n".utf8).write(to: file)
            return try Self.check(folder, extra: ["--accepted-drift", file.path])
        }
        let other = try accepting("vod.BatchGetMediaInfos")
        #expect(other.status == 0, "\(other.stderr)")
        let unknown = try accepting("vod.BatchGetMediaInfo")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("accepted.yaml:2:16: error: [unknown_operation] no contract for 'vod.BatchGetMediaInfo'"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("did you mean 'vod.BatchGetMediaInfos'?"), "\(unknown.stderr)")
    }
}
