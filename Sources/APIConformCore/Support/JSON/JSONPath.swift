/// A concrete JSONPath to one value, e.g. `$.MediaInfos[3].MediaBasicInfo.CreateTime`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath {
        JSONPath(components + [.key(key)])
    }

    public func appending(index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    public func appending(_ other: JSONPath) -> JSONPath {
        JSONPath(components + other.components)
    }

    /// Dotted form for plain names, bracket-quoted form for names a dot would make ambiguous.
    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let i): text += "[\(i)]"
            case .key(let key):
                if JSONPath.isPlainName(key) {
                    text += "." + key
                } else {
                    text += "['" + key.flatMap { $0 == "'" || $0 == "\\" ? ["\\", $0] : [$0] } + "']"
                }
            }
        }
        return text
    }

    static func isPlainName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// The value at this path, if every step exists.
    public func value(in root: JSONValue) -> JSONValue? {
        var current = root
        for component in components {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let i):
                guard let array = current.arrayValue, array.indices.contains(i) else { return nil }
                current = array[i]
            }
        }
        return current
    }
}
