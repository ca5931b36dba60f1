import APIConformCore

/// A run as NDJSON, one record a line: `run` (when, where), one `suite` per case file, one `case` per
/// case with its outcome, findings and drift, then `summary` with the totals. It is what
/// `run --format json` prints, what every run writes to `reports/run.ndjson`, and what
/// `apiconform merge` reads back, losslessly, to combine the shards of a run (docs/reports.md).
public enum RunRecord {
    public static let version = 1

    /// The records of `run`, each line one JSON object, keys in a fixed order.
    public static func render(_ run: RunResult) -> String {
        let writer = JSONWriter(pretty: false)
        var lines = [object(("record", .string("run")), ("version", integer(version)), ("started_at", number(run.startedAt)), ("hostname", .string(run.hostname)))]
        for suite in run.suites {
            lines.append(object(("record", .string("suite")), ("suite", .string(suite.name)), ("file", .string(suite.file)),
                                ("properties", .array(SuiteProperties.of(suite).map { object(("name", .string($0.name)), ("value", .string($0.value))) }))))
        }
        for suite in run.suites {
            for result in suite.cases { lines.append(caseRecord(result, suite: suite.name)) }
        }
        let totals = RunTotals(run)
        lines.append(object(("record", .string("summary")), ("tests", integer(totals.tests)), ("passed", integer(totals.passed)),
                            ("failed", integer(totals.failed)), ("errors", integer(totals.errors)), ("skipped", integer(totals.skipped))))
        return lines.map { writer.string($0) + "\n" }.joined()
    }

    static func caseRecord(_ result: CaseResult, suite: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("record", .string("case")), ("suite", .string(suite)), ("classname", .string(result.classname)),
                                              ("case", .string(result.name)), ("location", location(result.location))]
        switch result.outcome {
        case .passed: members.append(("outcome", .string("passed")))
        case .failed(let findings): members += [("outcome", .string("failed")), ("findings", .array(findings.map(finding)))]
        case .error(let kind, let message, let details):
            members += [("outcome", .string("error")), ("error", object(("kind", .string(kind)), ("message", .string(message)), ("details", .string(details))))]
        case .skipped(let reason): members += [("outcome", .string("skipped")), ("reason", .string(reason))]
        }
        members += [("time", number(result.time)), ("deviations", .array(result.deviations.map(finding))),
                    ("warnings", .array(result.warnings.map(finding))), ("drift", .array(result.drift.map(observation)))]
        if let reproduction = result.reproduction { members.append(("reproduction", .string(reproduction))) }
        return object(members)
    }

    static func finding(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
                                              ("in", .string(finding.side.rawValue)), ("path", .string(finding.path.description)),
                                              ("message", .string(finding.message))]
        switch finding.page {
        case nil: break
        case .number(let number)?: members.append(("page", integer(number)))
        case .walk?: members.append(("page", .string("walk")))
        }
        if let expected = finding.expected { members.append(("expected", .string(expected))) }
        if let actual = finding.actual { members.append(("actual", .string(actual))) }
        if let declaredAt = finding.declaredAt { members.append(("declared_at", location(declaredAt))) }
        if let doc = finding.doc { members.append(("doc", .string(doc))) }
        if let kind = finding.drift { members += [("drift", .string(kind.rawValue)), ("impact", .string(kind.impact.rawValue))] }
        return object(members)
    }

    static func observation(_ observation: DriftObservation) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(observation.kind.rawValue)), ("status", .string(observation.status.rawValue)),
                                              ("source", .string(observation.source)), ("finding", finding(observation.finding))]
        if let acceptance = observation.acceptance {
            var accepted: [(String, JSONValue)] = [("operation", .string(acceptance.operation)), ("path", .string(acceptance.path.text))]
            if let kind = acceptance.kind { accepted.append(("kind", .string(kind.rawValue))) }
            accepted.append(("reason", .string(acceptance.reason)))
            if let expires = acceptance.expires { accepted.append(("expires", .string(expires.description))) }
            accepted.append(("location", location(acceptance.location)))
            members.append(("acceptance", object(accepted)))
        }
        return object(members)
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        object(("file", .string(location.file)), ("line", integer(location.line)), ("column", integer(location.column)))
    }

    /// Seconds with millisecond precision, as JUnit reports them.
    static func number(_ value: Double) -> JSONValue {
        .number(JSONNumber(literal: JUnitFormat.seconds(value)))
    }

    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members: members.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }

    static func object(_ members: (String, JSONValue)...) -> JSONValue { object(members) }

    static func integer(_ value: Int) -> JSONValue { .number(JSONNumber(literal: String(value))) }
}
