/// The list an invariant walks (`items: $.MediaInfos`) and the value it reads in each item
/// (`key: MediaBasicInfo.CreateTime`), shared by sort, filter, window, uniqueness and paging rules.
public struct ItemKey: Sendable, Hashable {
    public let items: JSONPathPattern
    public let key: JSONPathPattern?

    public init(items: JSONPathPattern, key: JSONPathPattern?) {
        self.items = items
        self.key = key
    }

    /// Reads `items:` (required) and `key:` (optional unless `keyRequired`).
    public static func read(_ reader: MappingReader, keyRequired: Bool, sink: DiagnosticSink) -> ItemKey? {
        guard let items = pattern(reader, "items", required: true, sink: sink) else { return nil }
        let key = pattern(reader, "key", required: keyRequired, sink: sink)
        if keyRequired && key == nil { return nil }
        return ItemKey(items: items, key: key)
    }

    static func pattern(_ reader: MappingReader, _ name: String, required: Bool, sink: DiagnosticSink) -> JSONPathPattern? {
        guard let text = reader.string(name, required: required) else { return nil }
        do {
            return try JSONPathPattern(parsing: text)
        } catch {
            sink.report("invalid_path", "'\(text)' is not a JSONPath: \(error.message)", at: reader.location(of: name),
                        hint: "write it like $.MediaInfos[*].MediaId")
            return nil
        }
    }

    /// Every item of every list the pattern reaches, with the key's path and value (nil when absent).
    public func select(in body: JSONValue) -> [Entry] {
        var entries: [Entry] = []
        for (listPath, list) in items.select(in: body) {
            guard let array = list.arrayValue else { continue }
            for (index, item) in array.enumerated() {
                let itemPath = listPath.appending(index: index)
                if let key {
                    let hit = key.select(in: item, at: itemPath).first
                    entries.append(Entry(list: listPath, index: index, path: hit?.path ?? itemPath, value: hit?.value))
                } else {
                    entries.append(Entry(list: listPath, index: index, path: itemPath, value: item))
                }
            }
        }
        return entries
    }

    public struct Entry: Sendable {
        public var list: JSONPath
        public var index: Int
        public var path: JSONPath
        public var value: JSONValue?
    }
}

/// How an invariant compares the values it reads: as times in a format, as numbers, or as text.
public enum ValueOrder: Sendable, Hashable {
    case time(TimeFormat)
    case number
    case text

    public static func read(_ reader: MappingReader, sink: DiagnosticSink) -> ValueOrder {
        if let text = reader.string("time_format") {
            if let format = TimeFormat(rawValue: text) { return .time(format) }
            sink.report("unknown_value", "unknown time format '\(text)'", at: reader.location(of: "time_format"),
                        hint: "use iso8601_utc or yyyymmddhhmmss")
        }
        if reader.string("compare") == "number" { return .number }
        return .text
    }

    /// A comparable key, or nil when the value cannot be read this way (another rule reports that).
    public func sortKey(_ value: JSONValue) -> SortKey? {
        switch self {
        case .time(let format): return value.stringValue.flatMap(format.seconds).map { .number(Double($0)) }
        case .number: return ValueText.number(value).map { .number($0) }
        case .text: return ValueText.scalarText(value).map { .text($0) }
        }
    }

    public enum SortKey: Comparable, Sendable {
        case number(Double)
        case text(String)
    }
}
