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
        let chars = Array(text)
        var i = 0
        if chars.first == "$" { i = 1 }
        var expectName = i == 0 && !chars.isEmpty && chars[0] != "["
        while i < chars.count || expectName {
            if expectName {
                let start = i
                while i < chars.count, chars[i] != ".", chars[i] != "[" { i += 1 }
                guard i > start else { throw JSONPathPatternError(text: text, message: "expected a member name at character \(i + 1)") }
                steps.append(.key(String(chars[start..<i])))
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
                let inner = String(chars[(i + 1)..<close])
                if inner == "*" {
                    steps.append(.wildcard)
                } else if let n = Int(inner), n >= 0 {
                    steps.append(.index(n))
                } else if inner.count >= 2, inner.first == "'", inner.last == "'" {
                    steps.append(.key(String(inner.dropFirst().dropLast())))
                } else {
                    throw JSONPathPatternError(text: text, message: "'[\(inner)]' is not [*], [N] or ['name']")
                }
                i = close + 1
            default:
                throw JSONPathPatternError(text: text, message: "unexpected '\(chars[i])' at character \(i + 1)")
            }
        }
        self.steps = steps
        self.text = text
    }

    /// Every concrete path and value this pattern reaches from `base` (rooted at `basePath`).
    public func select(in base: JSONValue, at basePath: JSONPath = .root) -> [(path: JSONPath, value: JSONValue)] {
        var current: [(path: JSONPath, value: JSONValue)] = [(basePath, base)]
        for step in steps {
            var next: [(path: JSONPath, value: JSONValue)] = []
            for (path, value) in current {
                switch step {
                case .key(let key):
                    if let child = value[key] { next.append((path.appending(key), child)) }
                case .index(let n):
                    if let array = value.arrayValue, array.indices.contains(n) { next.append((path.appending(index: n), array[n])) }
                case .wildcard:
                    if let array = value.arrayValue {
                        for (i, element) in array.enumerated() { next.append((path.appending(index: i), element)) }
                    } else if let object = value.objectValue {
                        for member in object.members { next.append((path.appending(member.key), member.value)) }
                    }
                }
            }
            current = next
        }
        return current
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
