/// The `ALGORITHM Name=value,Name=value` shape of the ACS3 and Huawei Authorization headers.
///
/// Both providers use it; Alibaba separates the fields with `,` and Huawei with `, `. Parsing
/// trims around each field so a verifier accepts either spacing: the spacing is not signed,
/// and rejecting a request over it would only hide the real fault.
public struct AuthorizationHeader: Sendable, Hashable {
    public var algorithm: String
    public var fields: [QueryParameter]

    public init(algorithm: String, fields: [QueryParameter]) {
        self.algorithm = algorithm
        self.fields = fields
    }

    /// Parses a header value; `nil` if it has no algorithm or a field without `=`.
    public init?(parsing value: String) {
        let trimmed = value.trimmingWhitespace()
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        algorithm = String(trimmed[..<space])
        var parsed: [QueryParameter] = []
        for piece in trimmed[trimmed.index(after: space)...].split(separator: ",", omittingEmptySubsequences: false) {
            let field = piece.trimmingWhitespace()
            guard let equals = field.firstIndex(of: "="), equals != field.startIndex else { return nil }
            parsed.append(QueryParameter(String(field[..<equals]), String(field[field.index(after: equals)...])))
        }
        guard !algorithm.isEmpty else { return nil }
        fields = parsed
    }

    /// The value of the field called `name` (exact case, as the providers spell it).
    public func field(_ name: String) -> String? {
        fields.lastValue(named: name)
    }

    /// Renders the header value with `separator` between fields.
    public func rendered(separator: String) -> String {
        "\(algorithm) " + fields.map { "\($0.name)=\($0.value)" }.joined(separator: separator)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace, as Python's `str.strip()` removes it.
    ///
    /// Both providers strip header values before signing; doing it per Unicode scalar keeps
    /// this free of Foundation's character-set bridging.
    func trimmingWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
