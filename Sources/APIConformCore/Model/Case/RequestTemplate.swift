/// The `${…}` placeholders of request values: `${ids}` (a capture of the case), `${vars.NAME}` (the
/// target's `vars:`), `${env.NAME}` (the environment). `$${` writes a literal `${`.
public enum Placeholder: Hashable, Sendable, CustomStringConvertible {
    case capture(String)
    case variable(String)
    case environment(String)

    init(_ text: String) {
        if text.hasPrefix("vars.") { self = .variable(String(text.dropFirst(5))) }
        else if text.hasPrefix("env.") { self = .environment(String(text.dropFirst(4))) }
        else { self = .capture(text) }
    }

    public var description: String {
        switch self {
        case .capture(let name): return "${\(name)}"
        case .variable(let name): return "${vars.\(name)}"
        case .environment(let name): return "${env.\(name)}"
        }
    }
}

/// A request value split into literal text and placeholders.
public enum TemplateSegment: Hashable, Sendable {
    case literal(String)
    case placeholder(Placeholder)
}

public enum RequestTemplate {
    /// The segments of one value, or the reason it is malformed (an unclosed `${`, an empty name).
    public static func segments(of text: String) -> Result<[TemplateSegment], TemplateError> {
        var segments: [TemplateSegment] = []
        var literal = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            literal += rest[..<dollar]
            let after = rest[rest.index(after: dollar)...]
            if after.hasPrefix("${") {
                literal += "${"
                rest = after.dropFirst(2)
            } else if after.hasPrefix("{") {
                guard let close = after.firstIndex(of: "}") else {
                    return .failure(TemplateError(message: "'${' in \(JSONValue.quoted(text)) is not closed by '}'"))
                }
                let name = String(after[after.index(after: after.startIndex)..<close])
                let valid = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
                guard valid, name != "vars.", name != "env." else {
                    return .failure(TemplateError(message: "'${\(name)}' in \(JSONValue.quoted(text)) is not a placeholder name"))
                }
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(.placeholder(Placeholder(name)))
                rest = after[after.index(after: close)...]
            } else {
                literal += "$"
                rest = after
            }
        }
        literal += rest
        if !literal.isEmpty || segments.isEmpty { segments.append(.literal(literal)) }
        return .success(segments)
    }

    /// Every string a request holds (its values and the items of array values), with its parameter name.
    public static func strings(of request: JSONObject) -> [(parameter: String, text: String)] {
        request.members.flatMap { member -> [(parameter: String, text: String)] in
            switch member.value {
            case .string(let text): return [(member.key, text)]
            case .array(let items): return items.compactMap(\.stringValue).map { (member.key, $0) }
            default: return []
            }
        }
    }
}

public struct TemplateError: Error, Sendable {
    public var message: String
}
