/// A value a case takes from the response of an earlier case of the same run:
/// `captures: {ids: {from: default-first-page, path: "$.MediaInfos[*].MediaId", take: 20}}`.
public struct Capture: Sendable {
    /// The name the case's request refers to as `${name}`.
    public var name: String
    /// The case whose (first page of) response the value comes from.
    public var source: CaseReference
    /// Where in that response; every match, in document order, is one item.
    public var path: JSONPathPattern
    /// Items skipped before taking (so two cases can take different ids from one listing).
    public var skip: Int
    /// How many items to take (nil: all).
    public var take: Int?
    /// A regular expression each item must match; its first group (or the whole match) is kept,
    /// e.g. `^vod://(.+)$` turns an ICE InputURL into the VOD media id. Items that do not match are dropped.
    public var match: String?
    /// How items join into one parameter value (an array parameter item `${name}` gets the items instead).
    public var join: String
    public var location: SourceLocation

    public init(name: String, source: CaseReference, path: JSONPathPattern, skip: Int = 0, take: Int? = nil, match: String? = nil,
                join: String = ",", location: SourceLocation) {
        self.name = name
        self.source = source
        self.path = path
        self.skip = skip
        self.take = take
        self.match = match
        self.join = join
        self.location = location
    }
}

/// A case named across the run: its operation (the case file's) and its name. Written `name` for a
/// case of the same file, `operation/name` for a case of another case file of the same run.
public struct CaseReference: Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var name: String

    public init(operation: String, name: String) {
        self.operation = operation
        self.name = name
    }

    /// Reads `name` or `operation/name`; case names never hold a '/', so the split is unambiguous.
    public init(parsing text: String, in operation: String) {
        if let slash = text.lastIndex(of: "/") {
            self.init(operation: String(text[..<slash]), name: String(text[text.index(after: slash)...]))
        } else {
            self.init(operation: operation, name: text)
        }
    }

    public var description: String { "\(operation)/\(name)" }
}
