import APIConformCore
import APIConformTestSupport
import Foundation
import Testing

/// `schemas/*.schema.json` are generated from the loaders' key tables (`LoaderSchemas`) and pinned
/// like goldens: a loader that learns or drops a key without the schema following fails here
/// (`APICONFORM_RECORD_GOLDENS=1` rewrites them). `.ci/run` validates every bundled file against them
/// with python-jsonschema, and checks that a typo'd key is refused.
@Suite struct LoaderSchemaTests {
    @Test func theSchemasAreCurrent() {
        for (file, schema) in LoaderSchemas.all {
            GoldenFile.verify(JSONWriter(pretty: true).bytes(schema) + [UInt8(ascii: "\n")],
                              golden: PackageFiles.root.appendingPathComponent("schemas/\(file)"))
        }
    }

    /// Editors find the schema through the `yaml-language-server` modeline on the first line.
    @Test func everyBundledFileNamesItsSchema() throws {
        let cases = PackageFiles.root.appendingPathComponent("cases")
        var expected: [(String, String)] = [
            ("targets.yaml", "../schemas/targets.schema.json"), ("accepted-drift.yaml", "../schemas/accepted-drift.schema.json"),
        ]
        for (folder, schema) in [("suites", "case-file"), ("contracts", "contract")] {
            let names = try FileManager.default.contentsOfDirectory(atPath: cases.appendingPathComponent(folder).path).filter { $0.hasSuffix(".yaml") }
            #expect(!names.isEmpty)
            expected += names.map { ("\(folder)/\($0)", "../../schemas/\(schema).schema.json") }
        }
        for (file, schema) in expected {
            let text = try String(contentsOf: cases.appendingPathComponent(file), encoding: .utf8)
            let first = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            #expect(first == "# yaml-language-server: $schema=\(schema)", "cases/\(file) starts with '\(first)'")
            let target = cases.appendingPathComponent(file).deletingLastPathComponent().appendingPathComponent(schema).standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: target.path), "cases/\(file) names \(schema), which does not exist")
        }
    }

    /// The schema's keys are the loader's: a key the loader refuses is not offered, one it takes is.
    @Test func theCaseSchemaClosesEveryMappingTheLoaderCloses() throws {
        let schema = try #require(LoaderSchemas.caseFile.objectValue)
        let definitions = try #require(schema["definitions"]?.objectValue)
        let caseKeys = try #require(definitions["case"]?.objectValue?["properties"]?.objectValue?.keys)
        #expect(caseKeys.contains("captures") && caseKeys.contains("requires") && !caseKeys.contains("reqest"))
        #expect(definitions["case"]?.objectValue?["additionalProperties"] == .bool(false))
        #expect(definitions["expect"]?.objectValue?["additionalProperties"] == .bool(false))
    }
}
