import Foundation

/// What a case expects of the values at a body path or of a header, beyond the contract:
/// `equals: {$.MediaInfos[0].MediaId: "${id}"}`, `matches: {$.RequestId: "^[0-9A-F-]+$"}`,
/// `one_of: {$.MediaInfos[*].MediaBasicInfo.Status: [Normal, Prepare]}`,
/// `headers: {Content-Type: {matches: "^application/json"}}`.
public struct ValueExpectation: Sendable {
    public enum Test: Sendable {
        /// The value is this one (numbers by value: 1 equals 1.0).
        case equals(JSONValue)
        /// The value's text matches this regular expression (checked at load).
        case matches(String)
        /// The value equals one of these.
        case oneOf([JSONValue])
    }

    public enum Subject: Sendable {
        /// Every value the pattern selects in the body (at least one must be there).
        case body(JSONPathPattern)
        /// The header of this name (case-insensitively).
        case header(String)
    }

    public var subject: Subject
    public var test: Test
    /// The entry in the case file, where a CI annotation of its failure points.
    public var location: SourceLocation

    public init(subject: Subject, test: Test, location: SourceLocation) {
        self.subject = subject
        self.test = test
        self.location = location
    }

    /// The finding's rule key: `expect.equals`, `expect.matches`, `expect.one_of` or `expect.headers`.
    public var rule: String {
        if case .header = subject { return CaseFindingKey.headers.key }
        switch test {
        case .equals: return CaseFindingKey.equals.key
        case .matches: return CaseFindingKey.matches.key
        case .oneOf: return CaseFindingKey.oneOf.key
        }
    }

    /// What the test wants, as a report shows it.
    public var expected: String {
        switch test {
        case .equals(let value): return value.brief()
        case .matches(let pattern): return "matches /\(pattern)/"
        case .oneOf(let values): return "one of " + values.map { $0.brief() }.joined(separator: ", ")
        }
    }

    /// Whether `value` passes the test.
    public func holds(for value: JSONValue) -> Bool {
        switch test {
        case .equals(let wanted): return Self.same(value, wanted)
        case .oneOf(let wanted): return wanted.contains { Self.same(value, $0) }
        case .matches(let pattern):
            guard let text = ValueText.scalarText(value), let expression = try? NSRegularExpression(pattern: pattern) else { return false }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// JSON equality with numbers compared by value, as a reader of `MaxResults: 10` means it.
    static func same(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a.literal == b.literal || (a.double != nil && a.double == b.double)
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.object(let a), .object(let b)):
            return a.members.count == b.members.count && a.members.allSatisfy { member in b[member.key].map { same(member.value, $0) } ?? false }
        default: return left == right
        }
    }
}
