import Foundation
import Testing

/// The vectors are the project's own fixtures: found inside the package, and their absence fails loudly
/// rather than letting the vector tests pass on nothing.
@Suite("Locating the signing vectors")
struct SigningVectorsLocationTests {
    @Test("found beside the test sources, inside the package")
    func foundInsidePackage() throws {
        let path = try SigningVectors.locate()
        #expect(path.hasSuffix("/Tests/APIConformSigningTests/Fixtures/signing-vectors.json"))
        let families = try ["alibaba_rpc_v1", "alibaba_acs3", "huawei_sdk_hmac"].map { try SigningVectors.ids(family: $0).count }
        #expect(families.allSatisfy { $0 > 0 }, "every family has vectors: \(families)")
    }

    @Test("a missing file is an error that names where it should be")
    func missingFileFails() {
        let error = #expect(throws: VectorError.self) {
            try SigningVectors.locate(filePath: "/nonexistent/pkg/Tests/X/File.swift")
        }
        #expect(error?.description == "signing-vectors.json not found at /nonexistent/pkg/Tests/X/Fixtures/signing-vectors.json; it is part of the repository (Tests/APIConformSigningTests/Fixtures/signing-vectors.json)")
    }
}
