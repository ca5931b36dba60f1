import Foundation
import Testing
@testable import APIConformCore

/// The pattern subset answers exactly as ICU does: on hand-picked edge cases, on every bundled
/// pattern, and on seeded random patterns of the subset against strings built to nearly match them.
/// Patterns outside the subset still work, through ICU.
@Suite struct ContractPatternTests {
    /// ICU's verdict, the reference: the same anchoring `ContractPattern` used before the subset.
    static func icu(_ pattern: String, _ text: String) -> Bool? {
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))\\z") else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }

    /// Scalars where ICU's classes have edges: line terminators, White_Space beyond ASCII, controls,
    /// combining marks, astral scalars, and the punctuation patterns escape.
    static let alphabet: [String] = [
        "a", "b", "z", "A", "Z", "0", "9", "_", "-", ".", ",", ":", "/", "\\", "[", "]", "\"", "'", "(", ")", "|",
        "?", "*", "+", "{", "}", "^", "$", "&", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}",
        "\u{2028}", "\u{2029}", "\u{3000}", "\u{200B}", "\u{00}", "\u{7F}", "é", "e\u{301}", "视频", "😀", "x",
    ]

    @Test(arguments: [
        // Classes: ranges, a hyphen first or last, escapes, complements, \s and \S inside and out.
        ("[A-Za-z0-9_-]+", ["abc_-9", "a b", "", "-", "é"]),
        ("[-a]+", ["-a-", "b"]),
        ("[^\\s,\\[\\]\"]+", ["abc", "a,b", "[", "\"", "a\u{3000}b", "视频"]),
        ("\\S(?:.*\\S)?", ["a", " a", "a ", "a b", "a\nb", "a\u{85}b", "a\u{2028}", "a\u{A0}", "a\u{0B}b"]),
        ("[0-9a-f]{32}", [String(repeating: "a", count: 32), String(repeating: "a", count: 31), String(repeating: "A", count: 32)]),
        ("(?:[0-9a-fA-F]{32})?", ["", String(repeating: "F", count: 32), "0"]),
        ("https?://\\S+", ["http://x", "https://x/y?z", "ftp://x", "https://", "http://a b"]),
        ("(VOD|APIGW)\\.[0-9]+", ["VOD.1", "APIGW.20", "VOD.", "VOD1", "vod.1"]),
        ("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*", ["Forbidden.RAM", "A", "A.", "1A", "A.b.c"]),
        ("[0-9]+:[0-9]+\\z", ["16:9", "16:", "0:1\n"]),
        // Quantifiers: bounds, open bounds, lazy forms, empty branches and nested groups.
        ("a{2,3}", ["a", "aa", "aaa", "aaaa"]),
        ("a{2,}", ["a", "aa", "aaaaa"]),
        ("a{0}b", ["b", "ab"]),
        ("(?:ab|a)*?c", ["c", "abac", "abab", "aac"]),
        ("(|x)y", ["y", "xy", "xxy"]),
        ("((a|b)c)+", ["ac", "acbc", "acb", ""]),
        (".", ["a", "\n", "\r", "\u{85}", "😀", "e\u{301}", ""]),
        ("^a\\Ab", ["ab"]),
        ("(^a)?b", ["ab", "b", "aab"]),
        ("视频[😀-😂]", ["视频😀", "视频😃"]),
        ("\\.\\-\\/", [".-/"]),
    ])
    func handPickedCasesAgreeWithICU(_ pattern: String, _ texts: [String]) throws {
        let compiled = try #require(ContractPattern(pattern))
        #expect(compiled.runsWithoutICU, "\(pattern) should be in the subset")
        for text in texts {
            #expect(compiled.matches(text) == Self.icu(pattern, text), "\(pattern) on \(JSONValue.quoted(text))")
        }
    }

    /// Every pattern the bundled contracts declare runs without ICU, so `check` never starts it.
    @Test func bundledPatternsRunWithoutICU() throws {
        var seen = 0
        for contract in try Fixtures.contracts() {
            for pattern in Self.patterns(in: contract) {
                seen += 1
                #expect(pattern.runsWithoutICU, "\(contract.operation): \(pattern.source)")
            }
        }
        #expect(seen >= 10, "the bundled contracts declare patterns")
    }

    static func patterns(in contract: Contract) -> [ContractPattern] {
        var found: [ContractPattern] = []
        func walk(_ schema: FieldSchema) {
            for declared in schema.rules {
                if let rule = declared.rule as? PatternRule { found.append(rule.pattern) }
                if let rule = declared.rule as? DelimitedListRule, let item = rule.itemRegex { found.append(item) }
            }
            schema.fields.forEach(walk)
            schema.items.map(walk)
        }
        walk(contract.response)
        walk(contract.request)
        if let errors = contract.errors?.rule as? ErrorShapeRule, let code = errors.codePattern { found.append(code.pattern) }
        return found
    }

    /// Seeded random patterns of the subset, each against strings sampled from the alphabet and from
    /// near-misses of its own sample: the subset's verdict is ICU's every time.
    @Test func randomPatternsAgreeWithICU() throws {
        var random = FuzzRandom(seed: 2026)
        var compared = 0, matched = 0, leftToICU = 0
        let iterations = 400
        for iteration in 0..<iterations {
            let pattern = Self.randomPattern(&random, depth: 0)
            guard let compiled = ContractPattern(pattern) else {
                Issue.record("iteration \(iteration): \(pattern) does not compile")
                continue
            }
            // Repeated atoms that can match nothing are left to ICU; they must still answer as ICU does.
            if !compiled.runsWithoutICU { leftToICU += 1 }
            var texts = (0..<12).map { _ in (0..<random.below(6)).map { _ in random.pick(Self.alphabet) }.joined() }
            if let node = compiled.node {
                let sample = Self.sample(node, &random)
                texts += [sample, sample + random.pick(Self.alphabet), String(sample.dropLast()), random.pick(Self.alphabet) + sample]
            }
            for text in texts {
                let verdict = compiled.matches(text)
                #expect(verdict == Self.icu(pattern, text), "iteration \(iteration): \(pattern) on \(JSONValue.quoted(text))")
                compared += 1
                if verdict { matched += 1 }
            }
        }
        // Both verdicts occur often enough, and most patterns run in the subset, for the comparison to mean something.
        #expect(matched > compared / 10 && matched < compared * 9 / 10, "\(matched) of \(compared) matched")
        #expect(leftToICU < iterations / 2, "\(leftToICU) of \(iterations) patterns were left to ICU")
    }

    static func randomPattern(_ random: inout FuzzRandom, depth: Int) -> String {
        let atoms = ["a", "b", "x", ".", "\\s", "\\S", "[a-c]", "[^a]", "[ab-]", "[\\s,]", "[^\\s\\]]", "\\.", "\\-", "视", "😀", " ", "é"]
        var out = ""
        for _ in 0..<(1 + random.below(3)) {
            var atom = random.pick(atoms)
            if depth < 2 && random.below(4) == 0 {
                let branches = (0..<(1 + random.below(3))).map { _ in randomPattern(&random, depth: depth + 1) }
                atom = (random.bool() ? "(?:" : "(") + branches.joined(separator: "|") + ")"
            }
            out += atom + random.pick(["", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,}", "*?", "+?", "??"])
        }
        return out
    }

    /// A string the node matches, choosing branches and counts at random.
    static func sample(_ node: PatternNode, _ random: inout FuzzRandom) -> String {
        switch node {
        case .scalar(let set):
            let candidates = alphabet.filter { $0.unicodeScalars.count == 1 && set.contains($0.unicodeScalars.first!) }
            return candidates.isEmpty ? "" : random.pick(candidates)
        case .sequence(let items): return items.map { sample($0, &random) }.joined()
        case .alternation(let branches): return sample(random.pick(branches), &random)
        case .repetition(let atom, let min, let max):
            let count = min + random.below((max ?? min + 3) - min + 1)
            return (0..<count).map { _ in sample(atom, &random) }.joined()
        case .start, .end: return ""
        }
    }

    /// Syntax the subset leaves to ICU still means what ICU says; what ICU rejects is nil.
    @Test(arguments: [
        ("\\d+", ["12", "١٢", "a"]), ("\\w+", ["ab_1", "a-b"]), ("a$", ["a", "a\n"]), ("(a)\\1", ["aa", "ab"]),
        ("(?i)abc", ["ABC", "abd"]), ("a(?=b)b", ["ab"]), ("a++", ["aaa"]), ("[[a-c]&&[b-d]]", ["b", "a"]),
        ("[]a]", ["]", "a"]), ("\\bx\\b", ["x"]), ("\\p{Lu}", ["A", "a"]), ("a{1001}", [String(repeating: "a", count: 1001)]),
        ("x{0,}(b*)*?(?:a*?.??[a-c]*?)*?", ["\u{0}", "bbbaabb"]), ("(?:a*)+", ["", "aa"]), ("(?:a|b?)+", ["", "ab", "c"]),
    ])
    func syntaxOutsideTheSubsetIsICUs(_ pattern: String, _ texts: [String]) throws {
        let compiled = try #require(ContractPattern(pattern))
        #expect(!compiled.runsWithoutICU)
        for text in texts { #expect(compiled.matches(text) == Self.icu(pattern, text), "\(pattern) on \(text)") }
    }

    @Test(arguments: ["a{", "(", "[a", "*a", "a)", "(?<", "a{3,2}", "[z-a]"])
    func invalidPatternsAreRejected(_ pattern: String) {
        #expect(ContractPattern(pattern) == nil)
        #expect(Self.icu(pattern, "") == nil, "ICU rejects \(pattern) too")
    }

    /// A pattern ICU would backtrack on exponentially is one linear pass here.
    @Test func nestedRepetitionStaysLinear() throws {
        let compiled = try #require(ContractPattern("(?:a|aa)*(?:aa|a)*b"))
        #expect(compiled.runsWithoutICU)
        #expect(!compiled.matches(String(repeating: "a", count: 20_000)))
        #expect(compiled.matches(String(repeating: "a", count: 20_000) + "b"))
    }
}
