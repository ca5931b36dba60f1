/// Why a body is not JSON, with the byte offset and the 1-based line and column of the fault.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var line: Int
    public var column: Int
    /// The name of the `JSONLimits` setting the body exceeded (`json_depth`), nil for a syntax error.
    public var limit: String?
    /// Where a limit was exceeded: the object, array or string at fault.
    public var path: JSONPath

    public init(message: String, offset: Int, line: Int, column: Int, limit: String? = nil, path: JSONPath = .root) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.limit = limit
        self.path = path
    }

    public var description: String { "\(message) at line \(line), column \(column) (byte \(offset))" }

    /// The error as seen from the container holding the faulty value: a limit's path grows one step
    /// per level as the error unwinds, so the reader spends nothing on paths while it succeeds.
    func within(_ component: JSONPath.Component) -> JSONParseError {
        guard limit != nil else { return self }
        var outer = self
        outer.path.components.insert(component, at: 0)
        return outer
    }
}
