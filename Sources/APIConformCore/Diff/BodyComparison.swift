/// Compares one operation's bodies of one kind (success or error) field by field.
///
/// What disappears is breaking whatever the contract says, because clients come to rely on what they
/// receive; what appears is judged by the contract — undocumented is drift, documented is info.
struct BodyComparison {
    let operation: String
    let body: BodyKind
    let old: BodyProfile
    let new: BodyProfile
    /// The contract for success bodies; nil for error bodies and operations without one.
    let contract: Contract?

    func changes() -> [ProfileChange] {
        if old.responses == 0 || new.responses == 0 { return notRecorded() }
        var changes: [ProfileChange] = []
        for path in Set(old.fields.keys).union(new.fields.keys).sorted() {
            let before = old.fields[path], after = new.fields[path]
            guard let pattern = (before ?? after)?.path else { continue }
            let declaration = contract.map { FieldDeclaration(path: pattern, in: $0) } ?? .none
            switch (before, after) {
            case (nil, let after?): changes += added(after, declaration)
            case (let before?, nil): changes += removed(before)
            case (let before?, let after?): changes += compare(before, after, declaration)
            default: break
            }
        }
        return changes
    }

    func change(_ field: String, _ kind: ProfileChange.Kind, old: String, new: String, oldExample: String?, newExample: String?) -> ProfileChange {
        ProfileChange(operation: operation, body: body, field: field, kind: kind, old: old, new: new, oldExample: oldExample, newExample: newExample)
    }

    func notRecorded() -> [ProfileChange] {
        guard old.responses + new.responses > 0 else { return [] }
        let noun = body == .success ? "2xx responses" : "error responses"
        func count(_ profile: BodyProfile) -> String { profile.responses == 0 ? "none" : "\(profile.responses) \(noun)" }
        return [change(BodyProfile.root, .info(.notRecorded), old: count(old), new: count(new), oldExample: old.firstFile, newExample: new.firstFile)]
    }

    /// Only the outermost new field is reported (a new object is one change), and only where OLD had
    /// the object that holds it; array elements themselves are item counts, not fields.
    func added(_ field: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        guard isMember(field), let parent = field.parent, Self.isContainer(old.fields[parent]) else { return [] }
        let kind: ProfileChange.Kind = declaration.isDeclared ? .info(.documented) : .drift(.newField)
        return [change(field.path.text, kind, old: "absent", new: Evidence.presence(field, of: new), oldExample: nil, newExample: field.presence.firstFile)]
    }

    /// Only the outermost removed field, and only where NEW still has the object that held it (a
    /// container that changed type is reported there).
    func removed(_ field: FieldProfile) -> [ProfileChange] {
        guard isMember(field), let parent = field.parent, Self.isContainer(new.fields[parent]) else { return [] }
        return [change(field.path.text, .drift(.missingField), old: Evidence.presence(field, of: old), new: "absent",
                       oldExample: field.presence.firstFile, newExample: nil)]
    }

    /// An object member, not the body itself or an array's elements.
    func isMember(_ field: FieldProfile) -> Bool {
        if case .key? = field.path.steps.last { return true }
        return false
    }

    static func isContainer(_ field: FieldProfile?) -> Bool {
        guard let field else { return false }
        return field.types["object"] != nil || field.types["array"] != nil
    }
}
