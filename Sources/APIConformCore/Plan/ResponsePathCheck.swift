/// Whether a JSONPath can reach anything in a contract's response schema: a capture path that names
/// an undeclared field, or indexes an object, can never match and is refused at load.
struct ResponsePathCheck {
    let schema: FieldSchema

    func problem(with path: JSONPathPattern) -> (message: String, hint: String)? {
        var current = schema
        var walked = "$"
        for step in path.steps {
            switch step {
            case .key(let name):
                guard let field = current.field(name) else {
                    let names = current.fields.map(\.name)
                    return ("\(walked) declares no field '\(name)'",
                            Suggestion.hint(for: name, in: names) ?? "fields of \(walked): \(names.joined(separator: ", "))")
                }
                current = field
                walked += ".\(name)"
            case .index, .wildcard:
                guard let items = current.items else {
                    return ("\(walked) is not a list", "index or [*] only what the contract declares as an array")
                }
                current = items
                walked += "[*]"
            }
        }
        return nil
    }
}
