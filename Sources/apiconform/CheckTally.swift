/// What `check` found over all its inputs: the exit status (2 when any input was unusable, else 1
/// when any had a failing finding) and, for several inputs, the closing count.
struct CheckTally {
    var inputs = 0
    var failing = 0
    var unusable = 0

    mutating func count(fails: Bool) {
        inputs += 1
        if fails { failing += 1 }
    }

    mutating func countUnusable() {
        inputs += 1
        unusable += 1
    }

    var exitStatus: Int32? {
        if unusable > 0 { return ExitStatus.badInput }
        return failing > 0 ? ExitStatus.findings : nil
    }

    /// `3 inputs: 1 fails, 1 could not be checked`.
    var summary: String {
        var parts = ["\(inputs - failing - unusable) pass\(inputs - failing - unusable == 1 ? "es" : "")"]
        if failing > 0 { parts.append("\(failing) fail\(failing == 1 ? "s" : "")") }
        if unusable > 0 { parts.append("\(unusable) could not be checked") }
        return "\(inputs) input\(inputs == 1 ? "" : "s"): \(parts.joined(separator: ", "))"
    }
}
