/// A problem with an input file (case file, contract, recording, target), pointing at its source.
///
/// Rendered two ways from the same data: the compact `file:line:col: error: [key] message` line that
/// IDEs and CI parse, and a compiler-style block with the source line and a caret (`RichDiagnostic`).
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    /// A stable kind, e.g. `unknown_key`, `wrong_type`, `yaml_syntax`, `unknown_operation`.
    public var key: String
    /// One line that says what is wrong.
    public var message: String
    /// The fix, e.g. "did you mean 'MaxResults'?" or "quote the value".
    public var hint: String?

    public init(_ key: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.key = key
        self.message = message
        self.location = location
        self.hint = hint ?? DiagnosticHints.hint(for: key)
    }

    /// `file:line:col: error: [key] message; hint`
    public var description: String {
        var text = "\(location): error: [\(key)] \(message)"
        if let hint { text += "; \(hint)" }
        return text
    }
}

/// Collects diagnostics while a loader keeps going, so one run reports every problem at once.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func report(_ key: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(key, message, at: location, hint: hint))
    }

    public var isEmpty: Bool { diagnostics.isEmpty }
}

/// Thrown when loading found problems; nothing runs after it.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
