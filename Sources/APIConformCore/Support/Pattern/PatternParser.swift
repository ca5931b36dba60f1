/// Reads a pattern of the subset `PatternProgram` matches without ICU: literals, `.`, classes of
/// literals, ranges, `\s` and `\S`, groups, alternation, the quantifiers `? * + {n} {n,} {n,m}` (greedy
/// or lazy) of atoms that cannot match nothing, and the anchors `^`, `\A` and `\z`. Anything else — `$`, `\d`, `\w`, `\b`, back-references,
/// look-around, flags, possessive quantifiers, nested or intersected classes — is `nil`, and the
/// caller hands the pattern to ICU, so the subset never has to match ICU on syntax it does not know.
public struct PatternParser {
    private var scalars: [Unicode.Scalar]
    private var index = 0

    /// Repetition counts past this are left to ICU: the program repeats the atom that many times.
    static let maximumCount = 1_000

    public static func parse(_ source: String) -> PatternNode? {
        var parser = PatternParser(scalars: Array(source.unicodeScalars))
        guard let node = parser.alternation(depth: 0), parser.index == parser.scalars.count else { return nil }
        return node
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func alternation(depth: Int) -> PatternNode? {
        guard depth < 32 else { return nil }
        var branches: [PatternNode] = []
        while true {
            guard let branch = sequence(depth: depth) else { return nil }
            branches.append(branch)
            guard current == "|" else { break }
            index += 1
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence(depth: Int) -> PatternNode? {
        var items: [PatternNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            guard let atom = atom(depth: depth) else { return nil }
            guard let quantified = quantifier(on: atom) else { return nil }
            items.append(quantified)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func atom(depth: Int) -> PatternNode? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "(":
            // `(?:` and a plain capturing group read alike; every other `(?` form is ICU's.
            if current == "?" {
                guard index + 1 < scalars.count, scalars[index + 1] == ":" else { return nil }
                index += 2
            }
            guard let inner = alternation(depth: depth + 1), current == ")" else { return nil }
            index += 1
            return inner
        case "[": return characterClass()
        case ".": return .scalar(.anyButLineTerminator)
        case "^": return .start
        case "\\": return escape()
        case "$", "?", "*", "+", "{", "}", "]", ")", "|": return nil
        default: return .scalar(.literal(scalar))
        }
    }

    private mutating func escape() -> PatternNode? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "s": return .scalar(ScalarSet([.whitespace(negated: false)]))
        case "S": return .scalar(ScalarSet([.whitespace(negated: true)]))
        case "A": return .start
        case "z": return .end
        default: return Self.escapedLiteral(scalar).map { .scalar(.literal($0)) }
        }
    }

    /// `\n`, `\t`, `\r`, `\f` and an escaped ASCII punctuation mark; other escapes are ICU's.
    static func escapedLiteral(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "f": return "\u{0C}"
        default:
            let isPunctuation = scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F
                && !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
            return isPunctuation ? scalar : nil
        }
    }

    private mutating func quantifier(on atom: PatternNode) -> PatternNode? {
        let bounds: (Int, Int?)
        switch current {
        case "?": bounds = (0, 1)
        case "*": bounds = (0, nil)
        case "+": bounds = (1, nil)
        case "{": bounds = (0, nil)
        default: return atom
        }
        // A repeated atom that can match nothing (`(a*)*`, `(x|)+`, an anchor) is ICU's: its loops stop
        // on an empty iteration, and the verdicts that follow are its own, not a regular language's.
        if Self.nullable(atom) { return nil }
        var counted = bounds
        if current == "{" {
            guard let read = counts() else { return nil }
            counted = read
        } else {
            index += 1
        }
        if current == "?" { index += 1 } else if current == "+" { return nil }  // possessive: ICU's
        if let next = current, "?*+{".unicodeScalars.contains(next) { return nil }
        return .repetition(atom, min: counted.0, max: counted.1)
    }

    static func nullable(_ node: PatternNode) -> Bool {
        switch node {
        case .scalar: return false
        case .start, .end: return true
        case .sequence(let items): return items.allSatisfy(nullable)
        case .alternation(let branches): return branches.contains(where: nullable)
        case .repetition(let atom, let min, _): return min == 0 || nullable(atom)
        }
    }

    /// `{n}`, `{n,}` or `{n,m}`, leaving the index after the closing brace.
    private mutating func counts() -> (Int, Int?)? {
        index += 1
        guard let low = number() else { return nil }
        var high: Int? = low
        if current == "," {
            index += 1
            high = current == "}" ? nil : number()
            if high == nil && current != "}" { return nil }
        }
        guard current == "}", high.map({ low <= $0 }) ?? true else { return nil }
        index += 1
        return (low, high)
    }

    private mutating func number() -> Int? {
        var value = 0, digits = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            value = value * 10 + Int(scalar.value - 0x30)
            digits += 1
            index += 1
            if value > Self.maximumCount { return nil }
        }
        return digits > 0 ? value : nil
    }

    /// A class of literals, ranges, `\s` and `\S`, optionally complemented. `[`, `&&`, `--`, `{`, `}`
    /// and `$` inside one are ICU's set syntax (nesting, intersection, difference, strings, variables).
    private mutating func characterClass() -> PatternNode? {
        var negated = false
        if current == "^" {
            negated = true
            index += 1
        }
        var items: [ScalarSet.Item] = []
        var first = true
        while let scalar = current, scalar != "]" || first {
            if scalar == "]" { return nil }  // `[]…]` and `[^]…]`: left to ICU
            first = false
            guard let low = classMember() else { return nil }
            switch low {
            case .whitespace:
                if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" { return nil }
                items.append(low)
            case .range(let value, _):
                guard current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" else {
                    items.append(low)
                    continue
                }
                index += 1
                guard case .range(let end, _)? = classMember(), value <= end else { return nil }
                if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" { return nil }
                items.append(.range(value, end))
            }
        }
        guard current == "]", !items.isEmpty else { return nil }
        index += 1
        return .scalar(ScalarSet(items, negated: negated))
    }

    private mutating func classMember() -> ScalarSet.Item? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "\\":
            guard let escaped = current else { return nil }
            index += 1
            if escaped == "s" { return .whitespace(negated: false) }
            if escaped == "S" { return .whitespace(negated: true) }
            return Self.escapedLiteral(escaped).map { .range($0.value, $0.value) }
        case "[", "{", "}", "$", "^": return nil
        case "&" where current == "&": return nil
        case "-" where current == "-": return nil
        default:
            // Other white space and controls inside a class: rare, and ICU's to judge.
            if scalar.value < 0x20 || scalar.value == 0x7F { return nil }
            return .range(scalar.value, scalar.value)
        }
    }
}
