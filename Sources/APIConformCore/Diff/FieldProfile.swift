/// What one field (every index a wildcard: `$.MediaInfos[*].MediaInfo.Status`) looked like across
/// a recording set: its JSON types, null, the shapes of its strings, its values and its item counts.
public struct FieldProfile: Sendable {
    /// More distinct values than this and the field is no enum: its values stop being kept.
    public static let valueLimit = 50
    /// Longer values are names, URLs or ids, never enum values: they stop the keeping too.
    public static let valueLengthLimit = 64

    public let path: JSONPathPattern
    /// The field that holds this one (`$.MediaInfos[*]` for `$.MediaInfos[*].MediaId`); nil for `$`.
    public let parent: String?
    /// How many responses contained the field at least once.
    public internal(set) var presence: Sighting
    /// Non-null JSON type names as `JSONValue.typeName` spells them, plus `not JSON` for a body that is not.
    public internal(set) var types: [String: Sighting] = [:]
    public internal(set) var nulls: Sighting?
    public internal(set) var numeric: [StringShape.Numeric: Sighting] = [:]
    public internal(set) var times: [StringShape.Time: Sighting] = [:]
    /// Distinct scalar values (strings, number literals, booleans) while there are few and short ones.
    public internal(set) var values: [String: Sighting] = [:]
    /// True once a value was too long or there were too many to keep: the values are incomplete.
    public internal(set) var valuesOverflowed = false
    public internal(set) var items: ItemRange?
    /// Responses whose list held more items than the cap of their own request (see `OperationProfile.overCap`).
    public internal(set) var overCap: Sighting?
    /// The response that last counted towards `presence`, so a field seen twice in one body counts once.
    var lastResponse: Int

    /// The fewest and the most items an array held, with a recording that held that many.
    public struct ItemRange: Hashable, Sendable {
        public var fewest: Int
        public var fewestFile: String
        public var most: Int
        public var mostFile: String

        /// `1–20 items`, or `3 items` when every array held as many.
        public var text: String { fewest == most ? "\(most) items" : "\(fewest)–\(most) items" }
    }

    public static let notJSON = "not JSON"

    init(path: JSONPathPattern, parent: String?, file: String) {
        self.path = path
        self.parent = parent
        presence = Sighting(count: 0, firstFile: file)
        lastResponse = 0
    }

    /// Counts one value of the field in response number `response` (from 1) of `file`.
    mutating func observe(_ value: JSONValue, response: Int, file: String) {
        countPresence(in: response)
        if value.isNull {
            if nulls == nil { nulls = Sighting(count: 0, firstFile: file) }
            nulls!.count += 1
            return
        }
        types.see(value.typeName, in: file)
        switch value {
        case .string(let text):
            numeric.see(StringShape.Numeric(text), in: file)
            times.see(StringShape.Time(text), in: file)
            keep(text, file: file)
        case .number(let number): keep(number.literal, file: file)
        case .bool(let flag): keep(flag ? "true" : "false", file: file)
        case .array(let elements): count(elements.count, file: file)
        case .object, .null: break
        }
    }

    /// Counts a body that is not JSON at all (the root field only).
    mutating func observeNotJSON(response: Int, file: String) {
        countPresence(in: response)
        types.see(Self.notJSON, in: file)
    }

    mutating func countPresence(in response: Int) {
        guard lastResponse != response else { return }
        lastResponse = response
        presence.count += 1
    }

    mutating func keep(_ value: String, file: String) {
        guard !valuesOverflowed else { return }
        if values[value] == nil && (values.count == Self.valueLimit || value.count > Self.valueLengthLimit) {
            valuesOverflowed = true
            values = [:]
            return
        }
        values.see(value, in: file)
    }

    mutating func markOverCap(file: String) {
        if overCap == nil { overCap = Sighting(count: 0, firstFile: file) }
        overCap!.count += 1
    }

    mutating func count(_ items: Int, file: String) {
        guard var range = self.items else {
            self.items = ItemRange(fewest: items, fewestFile: file, most: items, mostFile: file)
            return
        }
        if items < range.fewest { (range.fewest, range.fewestFile) = (items, file) }
        if items > range.most { (range.most, range.mostFile) = (items, file) }
        self.items = range
    }

    /// Whether every string value was in one of the documented time formats (and there was one).
    public var looksLikeTime: Bool { !times.isEmpty && times[.other] == nil }

    /// Whether every string value was a number written as text (and there was one).
    public var looksNumeric: Bool { !numeric.isEmpty && numeric[.text] == nil }

    /// Whether the field is an undeclared enum by its look: a few short non-numeric tokens, each seen
    /// at least twice on average. Names, descriptions, JSON and ids are left out: they have spaces
    /// or punctuation, or are mostly distinct; statuses, kinds and codes repeat.
    public var looksLikeEnum: Bool {
        guard !valuesOverflowed, Set(types.keys) == ["string"], !looksNumeric, !looksLikeTime, !values.isEmpty,
              values.keys.allSatisfy(Self.isToken) else { return false }
        let seen = values.values.reduce(0) { $0 + $1.count }
        return values.count <= 10 && seen >= 2 * values.count
    }

    /// Ids, tokens and URLs are never enum values, however often a small set repeats them (VOD `JobId`,
    /// `TemplateGroupId`): 16 or more hex digits, a long run mixing letters and digits, or a URL.
    static func isIdentifierLike(_ text: String) -> Bool {
        if text.contains("://") { return true }
        let scalars = text.unicodeScalars.filter { $0 != "-" }
        let hex = scalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
        let digits = scalars.contains { ("0"..."9").contains($0) }, letters = scalars.contains { $0.properties.isAlphabetic }
        if hex && scalars.count >= 16 { return true }
        return scalars.count >= 20 && digits && letters && scalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    /// `Normal`, `Forbidden.RAM`, `h264`, `yuv420p10le`: ASCII letters, digits and `_ . - : /`, at most 32.
    static func isToken(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 32, !isIdentifierLike(text) else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-:/".unicodeScalars.contains($0)) }
    }
}
