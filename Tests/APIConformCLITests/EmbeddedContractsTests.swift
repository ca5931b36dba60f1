import APIConformTestSupport
import Foundation
import Testing

/// The binary carries the shipped contracts, so a copied binary checks bodies from any directory.
/// `Sources/apiconform/EmbeddedContracts.swift` is generated from `cases/contracts` and pinned like a
/// golden: a stale copy fails here, and `APICONFORM_RECORD_GOLDENS=1` rewrites it.
@Suite struct EmbeddedContractsTests {
    static let generated = PackageFiles.root.appendingPathComponent("Sources/apiconform/EmbeddedContracts.swift")

    /// The Swift source that embeds every contract file, in file-name order, as a raw string.
    static func render() throws -> String {
        let folder = PackageFiles.root.appendingPathComponent("cases/contracts")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var text = """
            // Generated from cases/contracts by EmbeddedContractsTests; do not edit.
            // Regenerate: APICONFORM_RECORD_GOLDENS=1 swift test --filter EmbeddedContractsTests

            /// The shipped contracts, used when neither --contracts, $APICONFORM_CONTRACTS nor ./cases/contracts is there.
            enum EmbeddedContracts {
                static let files: [(name: String, text: String)] = [

            """
        for name in names {
            let contract = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(!contract.contains("\"\"\"##"), "\(name) holds the raw-string delimiter")
            text += "        (\"\(name)\", ##\"\"\"\n\(contract)\(contract.hasSuffix("\n") ? "" : "\n")\"\"\"##),\n"
        }
        return text + "    ]\n}\n"
    }

    @Test func theEmbeddedContractsAreCurrent() throws {
        GoldenFile.verify(Array(try Self.render().utf8), golden: Self.generated)
    }

    @Test func aCopiedBinaryChecksFromAnEmptyDirectory() throws {
        let empty = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let body = empty.appendingPathComponent("body.json")
        try Data(#"{"RequestId":"r","MediaInfos":[],"TotalCount":0,"MaxResults":10}"#.utf8).write(to: body)
        let result = try BinaryRunner.run(["check", "--operation", "ice.ListMediaBasicInfos", body.path], in: empty,
                                          environment: ["APICONFORM_CONTRACTS": ""])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let unknown = try BinaryRunner.run(["check", "--operation", "ice.ListMediaBasicInfo", body.path], in: empty,
                                           environment: ["APICONFORM_CONTRACTS": ""])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown operation 'ice.ListMediaBasicInfo' (contracts read from the contracts built into apiconform"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("did you mean 'ice.ListMediaBasicInfos'?"), "\(unknown.stderr)")
    }
}

extension EmbeddedContractsTests {
    @Test func runFromAnEmptyDirectorySaysWhatIsMissing() throws {
        let empty = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try BinaryRunner.run(["run"], in: empty)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no case files given, and there is no ./cases/suites in "), "\(result.stderr)")
        #expect(result.stderr.contains("pass case files or directories"), "\(result.stderr)")
    }
}
