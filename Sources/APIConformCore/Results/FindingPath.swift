/// Where a finding points, kept typed from the rule to the reporters: one value (`$.MediaInfos[3].Title`),
/// or, for what a case expects of many values at once (`expect.count`, `expect.present`, a stale
/// deviation), the pattern it names (`$.MediaInfos[*]`).
public enum FindingPath: Hashable, Sendable, CustomStringConvertible {
    case value(JSONPath)
    case pattern(JSONPathPattern)

    public static let root = FindingPath.value(.root)

    /// `$.MediaInfos[3].Title`, or the pattern as it was written.
    public var description: String {
        switch self {
        case .value(let path): return path.description
        case .pattern(let pattern): return pattern.text
        }
    }

    /// The field the path belongs to, every index made a wildcard (`$.MediaInfos[*].Title`): drift is
    /// aggregated by it.
    public var field: String {
        switch self {
        case .value(let path): return path.field
        case .pattern(let pattern):
            return JSONPath.field(of: pattern.steps.map { step -> JSONPath.Component? in
                if case .key(let key) = step { return .key(key) }
                return nil
            })
        }
    }
}

extension JSONPath {
    /// `$.MediaInfos[3].Title` as `$.MediaInfos[*].Title`.
    public var field: String { JSONPath.field(of: components.map { if case .key(let key) = $0 { .key(key) } else { nil } }) }

    /// Keys as `description` spells them, a wildcard for each nil (an index).
    static func field(of components: [Component?]) -> String {
        var text = "$"
        for component in components {
            if let component { text += JSONPath([component]).description.dropFirst() } else { text += "[*]" }
        }
        return text
    }
}

extension JSONPathPattern {
    /// Whether the pattern covers what a finding points at: a value it matches, or a pattern it equals
    /// step for step (a wildcard covering any step).
    public func matches(_ path: FindingPath) -> Bool {
        switch path {
        case .value(let concrete): return matches(concrete)
        case .pattern(let other):
            guard other.steps.count == steps.count else { return false }
            return zip(steps, other.steps).allSatisfy { mine, theirs in mine == .wildcard || mine == theirs }
        }
    }
}

/// Literal paths for fixtures and tests (`path: "$.MediaInfos[0].Title"`); code that has a path keeps it typed.
extension FindingPath: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        self.init(reading: text)
    }

    /// A path as `description` wrote it, read back from a run record: a pattern when it holds a
    /// wildcard, else one value (text that is no path at all is kept as one key).
    public init(reading text: String) {
        guard let pattern = try? JSONPathPattern(parsing: text), text.hasPrefix("$") else {
            self = .value(JSONPath([.key(text)]))
            return
        }
        var components: [JSONPath.Component] = []
        for step in pattern.steps {
            switch step {
            case .key(let key): components.append(.key(key))
            case .index(let index): components.append(.index(index))
            case .wildcard:
                self = .pattern(pattern)
                return
            }
        }
        self = .value(JSONPath(components))
    }
}
