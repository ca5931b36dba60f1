import APIConformReports
import APIConformTestSupport
import Testing

/// The exact bytes of a failing run's report, pinned so any change to the layout is seen and reviewed.
@Suite struct JUnitGoldenTests {
    @Test func failingRunMatchesGolden() throws {
        let bytes = try JUnitWriter().render(RunFixtures.everyOutcome())
        #expect(SchemaValidator.validate(xml: bytes, schemaPath: PackageFiles.junitSchema) == [])
        GoldenFile.verify(bytes, golden: GoldenFile.url("junit-failing.xml"))
    }

    @Test func lineDiffShowsOnlyTheChangedLines() {
        let diff = LineDiff.render(expected: "a\nb\nc\nd", actual: "a\nx\nb\nc\nD")
        #expect(diff == "+2: x\n-4: d\n+5: D")
    }
}
