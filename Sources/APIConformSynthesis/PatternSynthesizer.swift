import APIConformCore

/// A string matching a contract's regular expression, for the subset contracts use: literals,
/// escapes, character classes, groups, alternation (first branch) and the quantifiers ? * + {n} {n,m}.
/// Returns nil for anything else, so the caller can fall back.
enum PatternSynthesizer {
    static func sample(_ pattern: String) -> String? {
        var chars = Array(pattern)[...]
        guard let text = sequence(&chars, depth: 0), chars.isEmpty else { return nil }
        return text
    }

    /// A sequence up to `)` or the end; alternatives after `|` are skipped (the first branch is enough).
    static func sequence(_ chars: inout ArraySlice<Character>, depth: Int) -> String? {
        var out = ""
        while let c = chars.first {
            if c == ")" { return depth > 0 ? out : nil }
            if c == "|" {
                skipAlternatives(&chars)
                return out
            }
            guard var atom = self.atom(&chars, depth: depth) else { return nil }
            let count = quantifier(&chars)
            guard let count else { return nil }
            atom = String(repeating: atom, count: count)
            out += atom
        }
        return out
    }

    static func skipAlternatives(_ chars: inout ArraySlice<Character>) {
        var level = 0
        while let c = chars.first {
            if c == "\\" { chars = chars.dropFirst(2); continue }
            if c == "(" { level += 1 }
            if c == ")" { if level == 0 { return }; level -= 1 }
            chars = chars.dropFirst()
        }
    }

    static func atom(_ chars: inout ArraySlice<Character>, depth: Int) -> String? {
        guard let c = chars.popFirst() else { return nil }
        switch c {
        case "(":
            if chars.starts(with: ["?", ":"]) { chars = chars.dropFirst(2) }
            guard let inner = sequence(&chars, depth: depth + 1), chars.popFirst() == ")" else { return nil }
            return inner
        case "[":
            guard let close = chars.firstIndex(of: "]") else { return nil }
            let set = Array(chars[chars.startIndex..<close])
            chars = chars[(close + 1)...]
            guard let first = set.first, first != "^" else { return nil }
            return String(first == "\\" && set.count > 1 ? set[1] : first)
        case "\\":
            guard let escaped = chars.popFirst() else { return nil }
            switch escaped {
            case "d": return "7"
            case "w": return "a"
            case "s": return " "
            case "z", "Z", "A", "b": return ""
            default: return String(escaped)
            }
        case "^", "$": return ""
        case ".": return "x"
        default: return String(c)
        }
    }

    /// How many times to repeat the atom: the minimum that matches, at least one for `+`.
    static func quantifier(_ chars: inout ArraySlice<Character>) -> Int? {
        guard let c = chars.first else { return 1 }
        switch c {
        case "?", "*": chars = chars.dropFirst(); return c == "?" ? 1 : 1
        case "+": chars = chars.dropFirst(); return 1
        case "{":
            guard let close = chars.firstIndex(of: "}") else { return nil }
            let inside = String(chars[(chars.startIndex + 1)..<close])
            chars = chars[(close + 1)...]
            let low = inside.split(separator: ",", omittingEmptySubsequences: false).first.flatMap { Int($0) }
            return low.map { max($0, 0) }
        default: return 1
        }
    }
}
