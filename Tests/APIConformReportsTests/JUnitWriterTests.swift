import APIConformTestSupport
import APIConformCore
@testable import APIConformReports
import Testing

/// The report as a CI reader sees it: schema-valid, with exact counts and every finding in the body.
@Suite struct JUnitWriterTests {
    let run = RunFixtures.everyOutcome()

    @Test(arguments: JUnitDialect.allCases)
    func everyOutcomeIsValidUnderTheProjectSchema(dialect: JUnitDialect) throws {
        let issues = SchemaValidator.validate(xml: try JUnitWriter(dialect: dialect).render(run), schemaPath: PackageFiles.junitSchema)
        #expect(issues == [])
    }

    @Test func portableSuitesCarryWhatBothPublicSchemasRequire() throws {
        let root = try XMLTree.parse(JUnitWriter().render(run))
        #expect(root.name == "testsuites")
        // The Ant schema allows no attribute on <testsuites>; readers total the suites themselves.
        #expect(root.attributes == [:])
        let suites = root.children("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["suites/ice-list.yaml", "suites/empty.yaml"])
        #expect(suites[0].attributes == [
            "name": "suites/ice-list.yaml", "package": "ice.ListMediaBasicInfos", "id": "0", "tests": "4", "failures": "1",
            "errors": "1", "skipped": "1", "time": "1.513", "timestamp": "2026-01-02T03:04:05", "hostname": "ci-runner-7",
        ])
        #expect(suites[1].attributes["tests"] == "0")
        #expect(suites[1].attributes["package"] == "suites/empty.yaml")
        #expect(suites[1].attributes["id"] == "1")
        #expect(suites[1].children.map(\.name) == ["properties", "system-out", "system-err"])
    }

    @Test func annotatedAddsFileAndLine() throws {
        let root = try XMLTree.parse(JUnitWriter(dialect: .annotated).render(run))
        let suite = try #require(root.child("testsuite"))
        #expect(suite.attributes["file"] == "suites/ice-list.yaml")
        let cases = suite.children("testcase")
        #expect(cases.map { $0.attributes["file"] } == Array(repeating: "suites/ice-list.yaml", count: 4))
        #expect(cases.map { $0.attributes["line"] } == ["8", "14", "20", "26"])
    }

    @Test func propertiesComeFirstInOrder() throws {
        let suite = try #require(XMLTree.parse(JUnitWriter().render(run)).child("testsuite"))
        #expect(suite.children.first?.name == "properties")
        let properties = try #require(suite.child("properties")).children("property")
        #expect(properties.map { [$0.attributes["name"]!, $0.attributes["value"]!] } == [
            ["operation", "ice.ListMediaBasicInfos"], ["target", "recordings"], ["mode", "replay"],
        ])
    }

    @Test func testcasesKeepNamesClassnamesAndTimes() throws {
        let cases = try cases()
        #expect(cases.map { $0.attributes["name"]! } == ["conforming-empty", "drifted-page", "missing-recording", "doc-style-deviation"])
        #expect(Set(cases.map { $0.attributes["classname"]! }) == ["ice.ListMediaBasicInfos"])
        #expect(cases.map { $0.attributes["time"]! } == ["0.012", "1.500", "0.000", "0.000"])
        #expect(cases[0].children.map(\.name) == [])
        #expect(cases.allSatisfy { $0.attributes["file"] == nil && $0.attributes["line"] == nil })
    }

    @Test func failureCarriesFirstFindingAndEveryBlock() throws {
        let failures = try cases()[1].children("failure")
        #expect(failures.count == 1)
        let failure = try #require(failures.first)
        #expect(failure.attributes["message"] == "[time_format] $.MediaInfos[3].MediaBasicInfo.CreateTime: CreateTime is not UTC ISO 8601 (yyyy-MM-ddTHH:mm:ssZ)")
        #expect(failure.attributes["type"] == "time_format")
        #expect(failure.text.hasPrefix("suites/ice-list.yaml:14:5\n"))
        for finding in RunFixtures.findings {
            #expect(failure.text.contains(FindingText.block(finding, operation: nil, caseLocation: RunFixtures.location(14))))
        }
        // The evidence a provider engineer needs, spelled out once more for the first finding.
        for piece in ["severity:  violation", "expected:  yyyy-MM-ddTHH:mm:ssZ", "actual:    \"2024-05-01 10:00:00\"",
                      "rule at:   contracts/ice.ListMediaBasicInfos.yaml:41:9", "doc:       Times are in UTC",
                      "[max_length] request $.NextToken", "severity:  suspicious", "severity:  drift"] {
            #expect(failure.text.contains(piece), "missing \(piece)")
        }
    }

    @Test func errorAndSkippedAreDistinct() throws {
        let cases = try cases()
        let error = try #require(cases[2].child("error"))
        #expect(error.attributes == ["message": "no recording for this case", "type": "recording"])
        #expect(error.text == "suites/ice-list.yaml:20:5\nlooked in recordings/ice.ListMediaBasicInfos/missing-recording.http\n")
        #expect(cases[2].child("failure") == nil)
        let skipped = try #require(cases[3].child("skipped"))
        #expect(skipped.attributes == ["message": "every finding is a declared deviation"])
        #expect(skipped.text == """
            suites/ice-list.yaml:26:5
            known deviation: [enum] $.MediaInfos[0].MediaBasicInfo.Status: Status "Normal" is not one of the documented values

            """)
        #expect(cases[3].children.map(\.name) == ["skipped"])
    }

    @Test func suiteSystemOutNamesEachCaseWithNotes() throws {
        let suite = try #require(XMLTree.parse(JUnitWriter().render(run)).child("testsuite"))
        #expect(suite.children.suffix(2).map(\.name) == ["system-out", "system-err"])
        #expect(suite.child("system-out")?.text == """
            conforming-empty (suites/ice-list.yaml:8:5)
              known deviation: [enum] $.MediaInfos[0].MediaBasicInfo.Status: Status "Normal" is not one of the documented values
            doc-style-deviation (suites/ice-list.yaml:26:5)
              known deviation: [enum] $.MediaInfos[0].MediaBasicInfo.Status: Status "Normal" is not one of the documented values

            """)
    }

    @Test func failedWithoutFindingsStillRendersAValidFailure() throws {
        var run = run
        run.suites[0].cases[1].outcome = .failed([])
        let bytes = try JUnitWriter().render(run)
        #expect(SchemaValidator.validate(xml: bytes, schemaPath: PackageFiles.junitSchema) == [])
        let failure = try #require(XMLTree.parse(bytes).child("testsuite")?.children("testcase")[1].child("failure"))
        #expect(failure.attributes == ["message": "the case failed without a finding", "type": "failure"])
    }

    @Test func unknownHostnameBecomesLocalhost() throws {
        var run = run
        run.hostname = ""
        #expect(try XMLTree.parse(JUnitWriter().render(run)).child("testsuite")?.attributes["hostname"] == "localhost")
    }

    private func cases() throws -> [XMLTree] {
        try #require(XMLTree.parse(JUnitWriter().render(run)).child("testsuite")).children("testcase")
    }
}
