/// A case's own expectations of an exchange: status, provider error code, counts, present and absent paths.
public struct ExpectationCheck: Sendable {
    public let expectation: Expectation
    public let contract: Contract
    /// The request as sent, for bounds tied to it (`{max: MaxResults}`, `{equals: items(MediaIds)}`).
    public let request: JSONObject

    public init(expectation: Expectation, contract: Contract, request: JSONObject = JSONObject(members: [])) {
        self.expectation = expectation
        self.contract = contract
        self.request = request
    }

    /// Checks `exchange` given its already parsed body (nil when it is not JSON: only the status is checked).
    public func check(_ exchange: Exchange, body parsed: JSONValue?) -> [Finding] {
        var findings: [Finding] = []
        let at = expectation.location
        // Each finding points at its entry in the case file where it has one, else at `expect:`.
        func fail(_ rule: String, _ path: FindingPath, _ message: String, expected: String, actual: String, at entry: SourceLocation? = nil) {
            findings.append(Finding(rule: rule, path: path, message: message, expected: expected, actual: actual, declaredAt: entry ?? at))
        }
        let success = (200..<300).contains(exchange.status)
        if let status = expectation.status, status != exchange.status {
            fail(CaseFindingKey.status.key, .root, "status \(exchange.status), the case expects \(status)", expected: String(status), actual: String(exchange.status))
        } else if expectation.status == nil && !expectation.expectsError && !success {
            fail(CaseFindingKey.status.key, .root, "status \(exchange.status), the case expects success", expected: "2xx", actual: String(exchange.status))
        } else if expectation.expectsError && success {
            fail(CaseFindingKey.status.key, .root, "status \(exchange.status), the case expects the provider to refuse the request", expected: "an error status", actual: String(exchange.status))
        }
        for check in expectation.values {
            guard case .header(let name) = check.subject else { continue }
            let values = exchange.headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
            if values.isEmpty {
                fail(check.rule, .root, "no header \(name), the case expects \(check.expected)", expected: check.expected, actual: "absent", at: check.location)
            } else if !values.contains(where: { check.holds(for: .string($0)) }) {
                let actual = values.map { JSONValue.string($0).brief() }.joined(separator: ", ")
                fail(check.rule, .root, "header \(name) is \(actual), the case expects \(check.expected)", expected: check.expected, actual: actual, at: check.location)
            }
        }
        guard let body = parsed else { return findings }
        if let code = expectation.errorCode, let field = contract.errorCodeField {
            let actual = body[field]
            if actual?.stringValue != code {
                fail(CaseFindingKey.errorCode.key, .value(JSONPath([.key(field)])), "error code \(actual?.brief() ?? "absent"), the case expects \(JSONValue.quoted(code))",
                     expected: code, actual: actual?.brief() ?? "absent")
            }
        }
        for count in expectation.counts {
            let hits = count.path.select(in: body)
            let actual = hits.count == 1 ? (hits[0].value.arrayValue?.count ?? 1) : hits.count
            if let expected = Self.violation(of: count, actual: actual, request: request) {
                fail(CaseFindingKey.count.key, .pattern(count.path), "\(actual) items, the case expects \(expected)", expected: expected, actual: String(actual), at: count.location)
            }
        }
        for check in expectation.values {
            guard case .body(let path) = check.subject else { continue }
            let hits = path.select(in: body)
            if hits.isEmpty {
                fail(check.rule, .pattern(path), "absent, the case expects \(check.expected)", expected: check.expected, actual: "absent", at: check.location)
            }
            for hit in hits where !check.holds(for: hit.value) {
                fail(check.rule, .value(hit.path), "\(hit.value.brief()), the case expects \(check.expected)", expected: check.expected, actual: hit.value.brief(), at: check.location)
            }
        }
        for pattern in expectation.present where pattern.select(in: body).isEmpty {
            fail(CaseFindingKey.present.key, .pattern(pattern), "absent, the case expects it present", expected: "present", actual: "absent")
        }
        for pattern in expectation.absent where !pattern.select(in: body).isEmpty {
            fail(CaseFindingKey.absent.key, .pattern(pattern), "present, the case expects it absent", expected: "absent", actual: "present")
        }
        return findings
    }

    /// What the count should have been, or nil when `actual` is within its bounds.
    static func violation(of count: CountExpectation, actual: Int, request: JSONObject) -> String? {
        let low = count.min?.value(for: request), high = count.max?.value(for: request)
        func named(_ limit: CountLimit?, _ value: Int) -> String {
            if case .constant = limit { return String(value) }
            return "\(value) (\(limit!))"
        }
        if let low, let high, low == high {
            return actual == low ? nil : named(count.min, low)
        }
        if let low, actual < low { return "at least " + named(count.min, low) }
        if let high, actual > high { return "at most " + named(count.max, high) }
        return nil
    }
}
