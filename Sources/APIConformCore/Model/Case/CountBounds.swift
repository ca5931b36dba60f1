/// What a `count:` expectation allows at a path: an exact number, or bounds tied to the request, so a
/// case holds against any conforming account: `count: {$.MediaInfos: {max: MaxResults}}`.
public struct CountExpectation: Sendable {
    public var path: JSONPathPattern
    public var min: CountLimit?
    public var max: CountLimit?
    public var location: SourceLocation

    public init(path: JSONPathPattern, min: CountLimit?, max: CountLimit?, location: SourceLocation) {
        self.path = path
        self.min = min
        self.max = max
        self.location = location
    }

    /// `count: {$.X: 3}`: exactly 3.
    public init(path: JSONPathPattern, exactly count: Int, location: SourceLocation) {
        self.init(path: path, min: .constant(count), max: .constant(count), location: location)
    }
}

/// One bound of a count: a number, a request parameter's value (its contract default when the
/// request does not send it), or how many distinct items a list parameter holds.
public enum CountLimit: Sendable, Hashable, CustomStringConvertible {
    case constant(Int)
    /// `MaxResults`: the parameter's integer value, else `fallback` (the contract's default).
    case parameter(String, fallback: Int?)
    /// `items(MediaIds)`: the distinct items of a comma list or an array parameter.
    case items(String)

    /// The bound for this request; nil when the parameter is absent and has no default.
    public func value(for request: JSONObject) -> Int? {
        switch self {
        case .constant(let n):
            return n
        case .parameter(let name, let fallback):
            guard let value = request[name] else { return fallback }
            if let number = value.numberValue?.int64 { return Int(number) }
            return value.stringValue.flatMap { Int($0) } ?? fallback
        case .items(let name):
            guard let value = request[name] else { return 0 }
            let items: [String]
            if let array = value.arrayValue {
                items = array.map { $0.stringValue ?? $0.brief() }
            } else {
                items = (value.stringValue ?? "").split(separator: ",", omittingEmptySubsequences: true).map(String.init)
            }
            return Set(items).count
        }
    }

    public var description: String {
        switch self {
        case .constant(let n): return String(n)
        case .parameter(let name, _): return name
        case .items(let name): return "items(\(name))"
        }
    }
}
