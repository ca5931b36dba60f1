/// The fields of one kind of body (success or error) of one operation, profiled across responses.
public struct BodyProfile: Sendable {
    /// How many responses were profiled.
    public internal(set) var responses = 0
    /// The first of them, for "not recorded" evidence.
    public internal(set) var firstFile: String?
    /// Field path (`$.MediaInfos[*].MediaId`) → what it looked like; `$` is the body itself.
    public internal(set) var fields: [String: FieldProfile] = [:]

    public static let root = "$"

    public init() {}

    /// Profiles one response body; the body is not kept.
    mutating func add(body: [UInt8], file: String, overCap: Set<String> = []) {
        defer {
            for path in overCap { fields[path]?.markOverCap(file: file) }
        }
        responses += 1
        if firstFile == nil { firstFile = file }
        guard let value = try? JSONReader().parse(body) else {
            makeField(Self.root, step: nil, parent: nil, file: file)
            fields[Self.root]!.observeNotJSON(response: responses, file: file)
            return
        }
        walk(value, path: Self.root, step: nil, parent: nil, file: file)
    }

    mutating func walk(_ value: JSONValue, path: String, step: JSONPathPattern.Step?, parent: String?, file: String) {
        makeField(path, step: step, parent: parent, file: file)
        fields[path]!.observe(value, response: responses, file: file)
        switch value {
        case .object(let object):
            for member in object.members {
                let name = JSONPath([.key(member.key)]).description.dropFirst()
                walk(member.value, path: path + name, step: .key(member.key), parent: path, file: file)
            }
        case .array(let elements):
            for element in elements {
                walk(element, path: path + "[*]", step: .wildcard, parent: path, file: file)
            }
        default: break
        }
    }

    /// Makes the profile of `path` on first sight; its parent always exists by then (bodies are walked top down).
    mutating func makeField(_ path: String, step: JSONPathPattern.Step?, parent: String?, file: String) {
        guard fields[path] == nil else { return }
        let steps = (parent.flatMap { fields[$0]?.path.steps } ?? []) + (step.map { [$0] } ?? [])
        fields[path] = FieldProfile(path: JSONPathPattern(steps: steps, text: path), parent: parent, file: file)
    }
}
