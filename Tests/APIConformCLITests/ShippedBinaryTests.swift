import Foundation
import Testing

/// What `apiconform` links: body synthesis (APIConformSynthesis) serves the tests and the benchmarks
/// only, so the executable users install carries none of it.
@Suite struct ShippedBinaryTests {
    @Test func theExecutableDoesNotLinkBodySynthesis() throws {
        let binary = try Data(contentsOf: BinaryRunner.binary)
        // The control: type names are in the binary (symbols and reflection metadata), so an absent one is absent.
        #expect(binary.range(of: Data("ContractEvaluator".utf8)) != nil)
        for name in ["BodySynthesizer", "ScalarSynthesizer", "InvariantSettler", "APIConformSynthesis"] {
            #expect(binary.range(of: Data(name.utf8)) == nil, "apiconform links \(name)")
        }
    }
}
