import Foundation
import APIConformTestSupport
import APIConformReports
import Testing

/// The validator rejects what CI would reject, says why with a line, and never crashes; the project's
/// schema (`schemas/junit.xsd`) is as strict as it says.
@Suite struct SchemaValidatorTests {
    static func document(testcase: String) -> [UInt8] {
        Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites>
              <testsuite name="s" package="p" id="0" tests="1" failures="0" errors="0" skipped="0" time="0.001" timestamp="2026-01-02T03:04:05" hostname="h">
                <properties/>
                \(testcase)
                <system-out/>
                <system-err/>
              </testsuite>
            </testsuites>
            """.utf8)
    }

    @Test func aMinimalReportIsValid() throws {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: #"<testcase name="a" classname="c" time="0.001"/>"#), schemaPath: PackageFiles.junitSchema)
        #expect(issues == [])
    }

    @Test func theAnnotatedAttributesAreAllowedOnTestcase() throws {
        let xml = Self.document(testcase: #"<testcase name="a" classname="c" time="0.001" file="suites/x.yaml" line="7"/>"#)
        #expect(SchemaValidator.validate(xml: xml, schemaPath: PackageFiles.junitSchema) == [])
    }

    @Test func anUnknownAttributeOnTestcaseIsRejectedByName() throws {
        let xml = Self.document(testcase: #"<testcase name="a" classname="c" time="0.001" flaky="1"/>"#)
        let issues = SchemaValidator.validate(xml: xml, schemaPath: PackageFiles.junitSchema)
        #expect(issues == [.init(kind: .invalid, line: 5, message: "Element 'testcase', attribute 'flaky': The attribute 'flaky' is not allowed.")])
    }

    @Test func twoResultsInOneTestcaseAreRejected() throws {
        let xml = Self.document(testcase: #"<testcase name="a" classname="c" time="0.001"><failure message="m" type="t"/><error message="m" type="t"/></testcase>"#)
        let issues = SchemaValidator.validate(xml: xml, schemaPath: PackageFiles.junitSchema)
        #expect(issues.map(\.kind) == [.invalid])
        #expect(issues.first?.message.contains("Element 'error': This element is not expected.") == true, "\(issues)")
    }

    @Test func aSuiteWithoutItsPackageIsRejected() throws {
        let xml = Array(String(decoding: Self.document(testcase: ""), as: UTF8.self).replacingOccurrences(of: #" package="p""#, with: "").utf8)
        let issues = SchemaValidator.validate(xml: xml, schemaPath: PackageFiles.junitSchema)
        #expect(issues.map(\.message) == ["Element 'testsuite': The attribute 'package' is required but missing."])
    }

    @Test func aTestcaseWithoutTimeIsRejected() throws {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: #"<testcase name="a" classname="c"/>"#), schemaPath: PackageFiles.junitSchema)
        #expect(issues.map(\.message) == ["Element 'testcase': The attribute 'time' is required but missing."])
    }

    @Test func aMissingRequiredAttributeIsRejectedByName() throws {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: #"<testcase classname="c" time="0.001"/>"#), schemaPath: PackageFiles.junitSchema)
        #expect(issues.count == 1)
        #expect(issues.first?.kind == .invalid)
        #expect(issues.first?.message.contains("attribute 'name' is required") == true)
    }

    @Test(arguments: ["<testsuites><testsuite>", "<a></b>", "", "not xml at all", "<a>\u{1B}</a>"])
    func malformedXMLIsRejected(text: String) throws {
        let issues = SchemaValidator.validate(xml: Array(text.utf8), schemaPath: PackageFiles.junitSchema)
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.kind == .malformed })
    }

    @Test func invalidUTF8IsRejected() throws {
        let issues = SchemaValidator.validate(xml: Array("<testsuites name=\"".utf8) + [0xFF, 0xFE] + Array("\"/>".utf8), schemaPath: PackageFiles.junitSchema)
        #expect(issues.first?.kind == .malformed)
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE testsuites [<!ENTITY x SYSTEM "http://192.0.2.1/x">]>
            <testsuites name="&x;"/>
            """
        // Read with XML_PARSE_NONET and without entity substitution: the reference is refused, not fetched.
        let issues = SchemaValidator.validate(xml: Array(xml.utf8), schemaPath: PackageFiles.junitSchema)
        #expect(issues.map(\.kind) == [.malformed])
        #expect(issues.map(\.message) == ["Attribute references external entity 'x'"])
    }

    @Test func aMissingSchemaIsAnIssueNotACrash() {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: ""), schemaPath: "/nonexistent/junit.xsd")
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.kind == .schema })
    }
}
