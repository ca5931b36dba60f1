/// "Did you mean …?" for a misspelt key, operation or parameter name.
public enum Suggestion {
    /// Candidate names prepared once (lowered, as scalars) for many lookups: a response object's
    /// documented members are compared with every undocumented member of every copy of it.
    public final class Candidates: Sendable {
        public let names: [String]
        let lowered: [String]
        let scalars: [[Unicode.Scalar]]
        /// The most scalars of a lowered name: a word much longer than this can be close to none.
        let longest: Int

        public init(_ names: [String]) {
            self.names = names
            lowered = names.map { $0.lowercased() }
            scalars = lowered.map { Array($0.unicodeScalars) }
            longest = scalars.map(\.count).max() ?? 0
        }
    }

    /// The closest candidate within an edit distance that scales with the word, or nil.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        closest(to: word, in: Candidates(candidates))
    }

    public static func closest(to word: String, in candidates: Candidates) -> String? {
        // A word of more than 4 × the longest name's scalars is further from every name than its limit
        // (a third of its length) allows, and no name's prefix even under canonical equivalence: a
        // hostile 16 MB member name costs nothing here. (A scalar is at most 4 UTF-8 bytes, and
        // lowering never removes scalars.)
        if word.utf8.count > 16 * (candidates.longest + 1) { return nil }
        let lowered = word.lowercased()
        // A prefix is the likeliest intent ('int' for 'integer') even when the edit distance is long.
        if lowered.count >= 3, let index = candidates.lowered.firstIndex(where: { $0.hasPrefix(lowered) }) { return candidates.names[index] }
        let limit = max(2, word.count / 3)
        let scalars = Array(lowered.unicodeScalars)
        var best: (index: Int, distance: Int)?
        for (index, candidate) in candidates.scalars.enumerated() {
            // Only a name closer than the best so far and within the limit can win (a tie keeps the
            // earlier name, as before): names whose lengths differ by more cannot, and the distance
            // of the others is only computed up to that bound.
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            if abs(candidate.count - scalars.count) > bound { continue }
            let distance = editDistance(scalars, candidate, bound: bound)
            if distance <= bound { best = (index, distance) }
        }
        guard let best else { return nil }
        return candidates.names[best.index]
    }

    /// The hint text for a name that was not found.
    public static func hint(for word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The Levenshtein distance, or some value above `bound` as soon as a whole row of the table is
    /// above it (the distance only grows from there).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
