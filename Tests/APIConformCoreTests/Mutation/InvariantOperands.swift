@testable import APIConformCore

/// The member names the contract's invariants read, found by walking each invariant rule's stored
/// JSONPath patterns: conforming variants leave those members alone, since changing one of them
/// alone would break the invariant that ties it to the others.
enum InvariantOperands {
    static func fieldNames(of contract: Contract) -> Set<String> {
        var names = Set<String>()
        for invariant in contract.invariants { collect(invariant.rule, into: &names) }
        return names
    }

    static func collect(_ value: Any, into names: inout Set<String>) {
        if let pattern = value as? JSONPathPattern {
            names.formUnion(pattern.text.split(whereSeparator: { ".[]*$".contains($0) }).map(String.init))
            return
        }
        for child in Mirror(reflecting: value).children { collect(child.value, into: &names) }
    }
}
