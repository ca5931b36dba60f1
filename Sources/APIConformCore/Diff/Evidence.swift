/// The short texts a change shows on each side: `integer`, `in 3 of 14 responses`, `+"Deleted"`.
enum Evidence {
    /// How many values a list shows before it says how many more there are.
    static let listLimit = 3

    static func presence(_ field: FieldProfile, of body: BodyProfile) -> String {
        "in \(field.presence.count) of \(body.responses) responses"
    }

    /// A set of names in order, those NEW added marked: `integer, +string`.
    static func list(_ names: [String], added: Set<String> = []) -> String {
        names.map { added.contains($0) ? "+" + $0 : $0 }.joined(separator: ", ")
    }

    /// JSON types in a fixed order, `null` last: `integer, string`.
    static func types(_ field: FieldProfile, added: Set<String> = []) -> String {
        let order = ["object", "array", "integer", "number", "string", "boolean", FieldProfile.notJSON]
        var names = field.types.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
        if field.nulls != nil { names.append("null") }
        return list(names, added: added)
    }

    static func times(_ shapes: some Sequence<StringShape.Time>, added: Set<StringShape.Time> = []) -> String {
        list(shapes.sorted().map(\.name), added: Set(added.map(\.name)))
    }

    static func numeric(_ shapes: some Sequence<StringShape.Numeric>, added: Set<StringShape.Numeric> = []) -> String {
        list(shapes.sorted().map(\.title), added: Set(added.map(\.title)))
    }

    /// Quoted values, sorted, the first few: `"A", "B", "C" (+4 more)`.
    static func values(_ values: some Collection<String>, prefix: String = "") -> String {
        let sorted = values.sorted()
        var text = prefix + sorted.prefix(listLimit).map(JSONValue.quoted).joined(separator: ", ")
        if sorted.count > listLimit { text += " (+\(sorted.count - listLimit) more)" }
        return text
    }
}
