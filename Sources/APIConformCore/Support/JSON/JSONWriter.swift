/// Serialises a `JSONValue` back to JSON text, keeping number literals and member order (and
/// duplicate members) exactly, so derived bodies differ from their source only where intended.
public struct JSONWriter: Sendable {
    /// Two-space indentation when true, one line when false.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    public func bytes(_ value: JSONValue) -> [UInt8] {
        Array(string(value).utf8)
    }

    func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.literal
        case .string(let s): out += JSONValue.quoted(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                out += index == 0 ? "" : ","
                newline(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out += "]"
        case .object(let object):
            if object.members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, member) in object.members.enumerated() {
                out += index == 0 ? "" : ","
                newline(indent + 1, into: &out)
                out += JSONValue.quoted(member.key) + (pretty ? ": " : ":")
                write(member.value, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out += "}"
        }
    }

    func newline(_ indent: Int, into out: inout String) {
        guard pretty else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }
}

extension JSONValue {
    /// A copy with the value at `path` replaced (nil removes an object member); unchanged if the path is absent.
    public func replacing(_ path: JSONPath, with replacement: JSONValue?) -> JSONValue {
        replacing(path.components[...], with: replacement)
    }

    private func replacing(_ components: ArraySlice<JSONPath.Component>, with replacement: JSONValue?) -> JSONValue {
        guard let first = components.first else { return replacement ?? .null }
        let rest = components.dropFirst()
        switch (self, first) {
        case (.object(var object), .key(let key)):
            guard let index = object.members.firstIndex(where: { $0.key == key }) else { return self }
            if rest.isEmpty && replacement == nil {
                object.members.remove(at: index)
            } else {
                object.members[index].value = object.members[index].value.replacing(rest, with: replacement)
            }
            return .object(object)
        case (.array(var items), .index(let i)) where items.indices.contains(i):
            if rest.isEmpty && replacement == nil {
                items.remove(at: i)
            } else {
                items[i] = items[i].replacing(rest, with: replacement)
            }
            return .array(items)
        default:
            return self
        }
    }
}
