/// A JSONPath with wildcards, as written in contracts and case files: `$.MediaInfos[*].MediaId`.
///
/// The grammar is the subset the contracts need: `$`, `.name`, `['name']`, `[N]` and `[*]`.
/// A pattern without the leading `$` is relative (used for item keys such as `MediaBasicInfo.CreateTime`).
public struct JSONPathPattern: Hashable, Sendable, CustomStringConvertible {
    public enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
        case wildcard
    }

    public var steps: [Step]
    public let text: String

    public init(steps: [Step], text: String) {
        self.steps = steps
        self.text = text
    }

    public var description: String { text }

    /// Parses a pattern; the error text says what was expected where.
    public init(parsing text: String) throws(JSONPathPatternError) {
        var steps: [Step] = []
        // Scalars, and names made from them directly: a `String` from a slice of `[Character]` goes
        // through the generic initialiser, whose dynamic casts cost a one-shot `check` its start-up.
        let chars = Array(text.unicodeScalars)
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(chars[range])) }
        var i = 0
        if chars.first == "$" { i = 1 }
        var expectName = i == 0 && !chars.isEmpty && chars[0] != "["
        while i < chars.count || expectName {
            if expectName {
                let start = i
                while i < chars.count, chars[i] != ".", chars[i] != "[" { i += 1 }
                guard i > start else { throw JSONPathPatternError(text: text, message: "expected a member name at character \(i + 1)") }
                steps.append(.key(string(start..<i)))
                expectName = false
                continue
            }
            switch chars[i] {
            case ".":
                i += 1
                expectName = true
            case "[":
                guard let close = chars[i...].firstIndex(of: "]") else {
                    throw JSONPathPatternError(text: text, message: "'[' at character \(i + 1) is not closed")
                }
                let inner = string((i + 1)..<close)
                if inner == "*" {
                    steps.append(.wildcard)
                } else if let n = Int(inner), n >= 0 {
                    steps.append(.index(n))
                } else if inner.unicodeScalars.count >= 2, inner.unicodeScalars.first == "'", inner.unicodeScalars.last == "'" {
                    steps.append(.key(string((i + 2)..<(close - 1))))
                } else {
                    throw JSONPathPatternError(text: text, message: "'[\(inner)]' is not [*], [N] or ['name']")
                }
                i = close + 1
            default:
                throw JSONPathPatternError(text: text, message: "unexpected '\(Character(chars[i]))' at character \(i + 1)")
            }
        }
        self.steps = steps
        self.text = text
    }

    /// Every concrete path and value this pattern reaches from `base` (rooted at `basePath`), in
    /// document order. One descent with one mutable path: a path is built only for what is found.
    public func select(in base: JSONValue, at basePath: JSONPath = .root) -> [(path: JSONPath, value: JSONValue)] {
        var results: [(path: JSONPath, value: JSONValue)] = []
        var stack = basePath.components
        collect(base, from: 0, stack: &stack, into: &results)
        return results
    }

    private func collect(_ value: JSONValue, from step: Int, stack: inout [JSONPath.Component], into results: inout [(path: JSONPath, value: JSONValue)]) {
        guard step < steps.count else {
            results.append((JSONPath(stack), value))
            return
        }
        switch steps[step] {
        case .key(let key):
            guard let child = value[key] else { return }
            stack.append(.key(key))
            collect(child, from: step + 1, stack: &stack, into: &results)
            stack.removeLast()
        case .index(let n):
            guard let array = value.arrayValue, array.indices.contains(n) else { return }
            stack.append(.index(n))
            collect(array[n], from: step + 1, stack: &stack, into: &results)
            stack.removeLast()
        case .wildcard:
            if let array = value.arrayValue {
                for (i, element) in array.enumerated() {
                    stack.append(.index(i))
                    collect(element, from: step + 1, stack: &stack, into: &results)
                    stack.removeLast()
                }
            } else if let object = value.objectValue {
                for member in object.members {
                    stack.append(.key(member.key))
                    collect(member.value, from: step + 1, stack: &stack, into: &results)
                    stack.removeLast()
                }
            }
        }
    }

    /// The first value `select` would return, without building any path: for rules that need a
    /// path only when they report something.
    public func firstValue(in base: JSONValue) -> JSONValue? {
        first(base, from: 0)
    }

    private func first(_ value: JSONValue, from step: Int) -> JSONValue? {
        guard step < steps.count else { return value }
        switch steps[step] {
        case .key(let key): return value[key].flatMap { first($0, from: step + 1) }
        case .index(let n):
            guard let array = value.arrayValue, array.indices.contains(n) else { return nil }
            return first(array[n], from: step + 1)
        case .wildcard:
            if let array = value.arrayValue {
                for element in array { if let hit = first(element, from: step + 1) { return hit } }
            } else if let object = value.objectValue {
                for member in object.members { if let hit = first(member.value, from: step + 1) { return hit } }
            }
            return nil
        }
    }

    /// Whether a concrete path matches this pattern exactly (used to match declared deviations).
    public func matches(_ path: JSONPath) -> Bool {
        guard path.components.count == steps.count else { return false }
        for (step, component) in zip(steps, path.components) {
            switch (step, component) {
            case (.wildcard, _): continue
            case (.key(let a), .key(let b)) where a == b: continue
            case (.index(let a), .index(let b)) where a == b: continue
            default: return false
            }
        }
        return true
    }
}

public struct JSONPathPatternError: Error, Hashable, Sendable {
    public var text: String
    public var message: String
}
