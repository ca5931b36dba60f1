/// Names an author gives (case names, contract operations) become JUnit test names, file names and
/// console lines, so they must be printable: a control character (C0, DEL, C1 such as the one-byte
/// CSI U+009B), a format character (bidirectional overrides, zero-width marks), a non-character
/// (U+FFFE) or an unassigned code point is refused at load, where the author can fix it, rather than
/// escaped in every report.
enum PrintableName {
    /// The first scalar of `name` a name may not hold, described (`U+001B, a control character`).
    static func problem(in name: String) -> String? {
        for scalar in name.unicodeScalars {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if scalar.properties.isNoncharacterCodePoint { return "\(code), a non-character" }
            switch scalar.properties.generalCategory {
            case .control: return "\(code), a control character"
            case .format: return "\(code), an invisible format character"
            case .unassigned, .privateUse, .surrogate: return "\(code), an unassigned or private-use code point"
            default: continue
            }
        }
        return nil
    }

    static let operationHint = "write the operation as provider.Action in printable characters, e.g. ice.ListMediaBasicInfos"

    /// Reports a `[invalid_name]` diagnostic when `name` is not printable; true when it is.
    static func check(_ name: String, what: String, at location: SourceLocation, hint: String, sink: DiagnosticSink) -> Bool {
        guard let problem = problem(in: name) else { return true }
        sink.report("invalid_name", "\(what) '\(name)' holds \(problem)", at: location, hint: hint)
        return false
    }
}
