import Testing
@testable import APIConformCore

/// Case names and contract operations with control, format or non-characters are lint errors with a fix.
@Suite struct HostileNameTests {
    @Test(arguments: [
        (#"a\eb"#, "U+001B, a control character"),
        (#"a\0b"#, "U+0000, a control character"),
        (#"a\x9Bb"#, "U+009B, a control character"),
        (#"a\x7Fb"#, "U+007F, a control character"),
        (#"a\uFFFEb"#, "U+FFFE, a non-character"),
        (#"a\u202Eb"#, "U+202E, an invisible format character"),
    ])
    func aHostileCaseNameIsRefused(_ escaped: String, _ problem: String) throws {
        let yaml = "operation: ice.ListMediaBasicInfos\ncases:\n  - name: \"\(escaped)\"\n    request: {}\n"
        let diagnostics = try Fixtures.caseFileDiagnostics(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("cases/suites/broken.yaml:3:11: error: [invalid_name] case name 'a") == true, "\(diagnostics)")
        #expect(diagnostics.first?.contains("holds \(problem); use printable characters only") == true, "\(diagnostics)")
    }

    @Test func aHostileOperationIsRefusedInContractsAndCaseFiles() throws {
        let contract = Fixtures.contractDiagnostics("operation: \"ice.List\\e[2JMedia\"\nprovider: huawei\nrequest: {}\n")
        #expect(contract == ["cases/contracts/broken.yaml:1:12: error: [invalid_name] operation 'ice.List\u{1B}[2JMedia' holds U+001B, a control character; write the operation as provider.Action in printable characters, e.g. ice.ListMediaBasicInfos"])
        let caseFile = try Fixtures.caseFileDiagnostics("operation: \"ice.\\uFFFE\"\ncases: []\n")
        #expect(caseFile.first?.contains("[invalid_name] operation") == true, "\(caseFile)")
    }

    @Test func printableNamesInAnyScriptPass() {
        for name in ["doc-example", "标题 ☃ 🚀", "página_2", "Ünïcödé"] {
            #expect(PrintableName.problem(in: name) == nil, "\(name)")
        }
    }
}
