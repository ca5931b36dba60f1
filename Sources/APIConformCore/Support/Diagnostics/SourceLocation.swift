/// A 1-based position in a case file, contract or recording, carried from parsing into every report.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form IDEs and CI annotators parse.
    public var description: String { "\(file):\(line):\(column)" }
}
