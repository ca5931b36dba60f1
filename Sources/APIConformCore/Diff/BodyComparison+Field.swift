/// The comparison of one field present on both sides: types, null, string shapes, enum values, item counts.
extension BodyComparison {
    func compare(_ before: FieldProfile, _ after: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        let path = before.path.text
        return types(path, before, after, declaration) + null(path, before, after, declaration)
            + strings(path, before, after, declaration) + values(path, before, after, declaration)
            + items(path, before, after, declaration)
    }

    /// JSON types NEW shows and OLD never did (`"14340962"` → `14340962`): breaking unless documented.
    func types(_ path: String, _ before: FieldProfile, _ after: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        let appeared = Set(after.types.keys).subtracting(before.types.keys)
        let documented = appeared.filter(declaration.documents(typeName:))
        let undocumented = appeared.subtracting(documented)
        let oldExample = before.types.first(of: before.types.keys)?.firstFile ?? before.presence.firstFile
        var changes: [ProfileChange] = []
        if !undocumented.isEmpty {
            changes.append(change(path, .drift(.typeChange), old: Evidence.types(before), new: Evidence.types(after, added: undocumented),
                                  oldExample: oldExample, newExample: after.types.first(of: undocumented)?.firstFile))
        }
        if !documented.isEmpty {
            changes.append(change(path, .info(.documented), old: Evidence.types(before), new: Evidence.types(after, added: documented),
                                  oldExample: oldExample, newExample: after.types.first(of: documented)?.firstFile))
        }
        return changes
    }

    /// Null where OLD never had it: breaking unless the contract says `nullable: true`.
    func null(_ path: String, _ before: FieldProfile, _ after: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        guard let nulls = after.nulls, before.nulls == nil else { return [] }
        let kind: ProfileChange.Kind = declaration.nullable ? .info(.documented) : .drift(.unexpectedNull)
        return [change(path, kind, old: "never null", new: "null \(nulls.count)×", oldExample: before.presence.firstFile, newExample: nulls.firstFile)]
    }

    /// Times in a format OLD never showed, and numbers written as strings that stop being numbers.
    func strings(_ path: String, _ before: FieldProfile, _ after: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        guard !before.numeric.isEmpty, !after.numeric.isEmpty else { return [] }
        // A time field is one the contract gives a format, or whose every old value had one; its
        // digits-only form (yyyymmddhhmmss) must not read as a numeric string as well.
        if declaration.timeFormat != nil || before.looksLikeTime {
            return times(path, before, after, documented: declaration.timeFormat)
        }
        let appeared = Set(after.numeric.keys).subtracting(before.numeric.keys)
        let oldExample = before.numeric.first(of: before.numeric.keys)?.firstFile
        if before.looksNumeric, appeared.contains(.text) {
            return [change(path, .drift(.typeChange), old: Evidence.numeric(before.numeric.keys), new: Evidence.numeric(after.numeric.keys, added: [.text]),
                           oldExample: oldExample, newExample: after.numeric[.text]?.firstFile)]
        }
        guard Set(before.numeric.keys) == [.integer], appeared.contains(.decimal) else { return [] }
        let kind: ProfileChange.Kind
        switch declaration.numericString?.integerOnly {
        case true?: kind = .drift(.typeChange)
        case false?: kind = .info(.documented)
        case nil: kind = .info(.numericShape)
        }
        return [change(path, kind, old: Evidence.numeric(before.numeric.keys), new: Evidence.numeric(after.numeric.keys, added: [.decimal]),
                       oldExample: oldExample, newExample: after.numeric[.decimal]?.firstFile)]
    }

    func times(_ path: String, _ before: FieldProfile, _ after: FieldProfile, documented: TimeFormat?) -> [ProfileChange] {
        let appeared = Set(after.times.keys).subtracting(before.times.keys)
        let undocumented = appeared.filter { $0 != documented.map(StringShape.Time.format) }
        let oldExample = before.times.first(of: before.times.keys)?.firstFile
        if !undocumented.isEmpty {
            return [change(path, .drift(.timeFormat), old: Evidence.times(before.times.keys), new: Evidence.times(after.times.keys, added: undocumented),
                           oldExample: oldExample, newExample: after.times.first(of: undocumented)?.firstFile)]
        }
        guard !appeared.isEmpty else { return [] }
        return [change(path, .info(.documented), old: Evidence.times(before.times.keys), new: Evidence.times(after.times.keys, added: appeared),
                       oldExample: oldExample, newExample: after.times.first(of: appeared)?.firstFile)]
    }
}
