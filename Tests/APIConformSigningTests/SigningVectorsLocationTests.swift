import Foundation
import Testing

/// The vectors must be found from wherever the package is built, and their absence must
/// fail loudly rather than let the vector tests pass on nothing.
@Suite("Locating the signing vectors")
struct SigningVectorsLocationTests {
    @Test("found from this source file by walking up to shared/")
    func foundFromSource() throws {
        let path = try SigningVectors.locate()
        #expect(path.hasSuffix("/shared/signing/signing-vectors.json"))
    }

    @Test("a missing file is an error that says where it looked and how to fix it")
    func missingFileFails() {
        let error = #expect(throws: VectorError.self) {
            try SigningVectors.locate(filePath: "/nonexistent/pkg/Tests/X/File.swift", environment: [:])
        }
        let message = error?.description ?? ""
        #expect(message.contains("signing-vectors.json not found"))
        #expect(message.contains("/nonexistent/pkg/shared/signing/signing-vectors.json"))
        #expect(message.contains("APICONFORM_SHARED"))
    }

    @Test("APICONFORM_SHARED is tried first")
    func environmentFirst() {
        let tried = SigningVectors.candidates(filePath: "/a/b/File.swift", environment: ["APICONFORM_SHARED": "/elsewhere/shared"])
        #expect(tried.first == "/elsewhere/shared/signing/signing-vectors.json")
        #expect(tried.contains("/a/shared/signing/signing-vectors.json"))
    }
}
