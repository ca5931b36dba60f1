import APIConformCore

/// A string matching a contract's regular expression, read from its parsed form (`PatternNode`):
/// the first branch of an alternation, a repetition's minimum (once where the minimum is zero, so an
/// optional id still yields an id) and a readable member of each class. Nil for a pattern outside the
/// subset, so the caller can fall back.
enum PatternSynthesizer {
    static func sample(_ pattern: ContractPattern) -> String? {
        guard let node = pattern.node else { return nil }
        var out = String.UnicodeScalarView()
        append(node, to: &out)
        return String(out)
    }

    static func append(_ node: PatternNode, to out: inout String.UnicodeScalarView) {
        switch node {
        case .scalar(let set): if let scalar = readable(set) { out.append(scalar) }
        case .sequence(let items): for item in items { append(item, to: &out) }
        case .alternation(let branches): if let first = branches.first { append(first, to: &out) }
        case .repetition(let atom, let min, let max):
            let count = min > 0 ? min : (max == 0 ? 0 : 1)
            for _ in 0..<count { append(atom, to: &out) }
        case .start, .end: return
        }
    }

    /// A letter or digit where the set has one, else its first member.
    static func readable(_ set: ScalarSet) -> Unicode.Scalar? {
        let preferred: [Unicode.Scalar] = ["x", "a", "0", "A"]
        return preferred.first(where: set.contains) ?? set.sample
    }
}
