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

    /// Every item of every list the pattern reaches, with the key's value (nil when absent).
    public func select(in body: JSONValue) -> [Entry] {
        var entries: [Entry] = []
        for (number, (listPath, list)) in items.select(in: body).enumerated() {
            guard let array = list.arrayValue else { continue }
            entries.reserveCapacity(entries.count + array.count)
            for (index, item) in array.enumerated() {
                entries.append(Entry(list: listPath, listNumber: number, index: index, value: key.map { $0.firstValue(in: item) } ?? item,
                                     item: item, key: key))
            }
        }
        return entries
    }

    /// One item and its key's value. Its path is built only when asked for — when a rule reports
    /// it — since building two paths per item was most of what these rules cost.
    public struct Entry: Sendable {
        public var list: JSONPath
        /// Which of the lists `items` reached holds the item (0, 1, …): what rules compare and group by.
        public var listNumber: Int
        public var index: Int
        public var value: JSONValue?
        /// The item itself (what `items` lists), for rules that read more of it than the key.
        public let item: JSONValue
        let key: JSONPathPattern?

        /// The key's concrete path; the item's when there is no key or the item lacks it.
        public var path: JSONPath {
            let itemPath = list.appending(index: index)
            guard let key, let hit = key.select(in: item, at: itemPath).first else { return itemPath }
            return hit.path
        }
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
