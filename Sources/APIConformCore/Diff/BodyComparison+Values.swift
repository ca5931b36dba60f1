/// Enum values and item counts of a field present on both sides.
extension BodyComparison {
    /// New values of a declared enum (outside a closed set: breaking; outside an open one: additive;
    /// documented: info) or of a field that looked like an enum (additive), and values no longer seen (info).
    func values(_ path: String, _ before: FieldProfile, _ after: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        // Incomplete old values cannot tell new from old.
        guard !before.valuesOverflowed else { return [] }
        let declared = declaration.enumRule
        // An undeclared enum is judged only while it stays all strings; another type is a type change.
        guard declared != nil || (before.looksLikeEnum && Set(after.types.keys) == ["string"]) else { return [] }
        let appeared = Set(after.values.keys).subtracting(before.values.keys)
        let oldEvidence = Evidence.values(before.values.keys)
        var changes: [ProfileChange] = []
        func report(_ values: Set<String>, as kind: ProfileChange.Kind) {
            guard !values.isEmpty else { return }
            let more = after.valuesOverflowed ? " and more" : ""
            changes.append(change(path, kind, old: oldEvidence, new: Evidence.values(values, prefix: "+") + more,
                                  oldExample: before.presence.firstFile, newExample: after.values.first(of: values)?.firstFile))
        }
        if let declared {
            let documented = appeared.filter(declared.values.contains)
            report(appeared.subtracting(documented), as: .drift(declared.open ? .newEnumValue : .enumOutsideSet))
            report(documented, as: .info(.documented))
        } else {
            report(appeared, as: .drift(.newEnumValue))
        }
        let gone = Set(before.values.keys).subtracting(after.values.keys)
        if !gone.isEmpty && !after.valuesOverflowed {
            changes.append(change(path, .info(.valueRemoved), old: Evidence.values(gone), new: "not seen",
                                  oldExample: before.values.first(of: gone)?.firstFile, newExample: nil))
        }
        return changes
    }

    /// More items than the contract's cap (at its largest, or at a response's own request) where OLD
    /// kept to it: breaking; other count changes: info.
    func items(_ path: String, _ before: FieldProfile, _ after: FieldProfile, _ declaration: FieldDeclaration) -> [ProfileChange] {
        guard let old = before.items, let new = after.items, (old.fewest, old.most) != (new.fewest, new.most) || after.overCap != nil else { return [] }
        if let cap = declaration.cap, new.most > cap, old.most <= cap {
            return [change(path, .drift(.capExceeded), old: "at most \(old.most) items", new: "\(new.most) items (cap \(cap))",
                           oldExample: old.mostFile, newExample: new.mostFile)]
        }
        // Judged at each response's own request, as run judges it: a page of 11 at size 10.
        if let over = after.overCap, before.overCap == nil {
            return [change(path, .drift(.capExceeded), old: "within the cap of each request",
                           new: "over the cap of its request in \(over.count) response\(over.count == 1 ? "" : "s")",
                           oldExample: old.mostFile, newExample: over.firstFile)]
        }
        guard (old.fewest, old.most) != (new.fewest, new.most) else { return [] }
        return [change(path, .info(.itemCount), old: old.text, new: new.text, oldExample: old.mostFile, newExample: new.mostFile)]
    }
}
