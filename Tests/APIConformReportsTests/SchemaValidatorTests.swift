import APIConformReports
import Testing

/// The validator rejects what CI would reject, says why with a line, and never crashes.
@Suite struct SchemaValidatorTests {
    static func document(testcase: String) -> [UInt8] {
        Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites>
              <testsuite name="s" tests="1" failures="0" errors="0">
                \(testcase)
              </testsuite>
            </testsuites>
            """.utf8)
    }

    @Test func aMinimalReportIsValid() throws {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: #"<testcase name="a" classname="c" time="0.001"/>"#), schemaPath: try SchemaFiles.junit10())
        #expect(issues == [])
    }

    @Test func aFileAttributeOnTestcaseIsRejectedByName() throws {
        let xml = Self.document(testcase: #"<testcase name="a" file="suites/x.yaml"/>"#)
        let issues = SchemaValidator.validate(xml: xml, schemaPath: try SchemaFiles.junit10())
        #expect(issues == [.init(kind: .invalid, line: 4, message: "Element 'testcase', attribute 'file': The attribute 'file' is not allowed.")])
    }

    @Test func aMissingRequiredAttributeIsRejectedByName() throws {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: #"<testcase classname="c"/>"#), schemaPath: try SchemaFiles.junit10())
        #expect(issues.count == 1)
        #expect(issues.first?.kind == .invalid)
        #expect(issues.first?.message.contains("attribute 'name' is required") == true)
    }

    @Test(arguments: ["<testsuites><testsuite>", "<a></b>", "", "not xml at all", "<a>\u{1B}</a>"])
    func malformedXMLIsRejected(text: String) throws {
        let issues = SchemaValidator.validate(xml: Array(text.utf8), schemaPath: try SchemaFiles.junit10())
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.kind == .malformed })
    }

    @Test func invalidUTF8IsRejected() throws {
        let issues = SchemaValidator.validate(xml: Array("<testsuites name=\"".utf8) + [0xFF, 0xFE] + Array("\"/>".utf8), schemaPath: try SchemaFiles.junit10())
        #expect(issues.first?.kind == .malformed)
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE testsuites [<!ENTITY x SYSTEM "http://192.0.2.1/x">]>
            <testsuites name="&x;"/>
            """
        // Read with XML_PARSE_NONET and without entity substitution: the reference is refused, not fetched.
        let issues = SchemaValidator.validate(xml: Array(xml.utf8), schemaPath: try SchemaFiles.junit10())
        #expect(issues.map(\.kind) == [.malformed])
        #expect(issues.map(\.message) == ["Attribute references external entity 'x'"])
    }

    @Test func aMissingSchemaIsAnIssueNotACrash() {
        let issues = SchemaValidator.validate(xml: Self.document(testcase: ""), schemaPath: "/nonexistent/junit.xsd")
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.kind == .schema })
    }
}
