import APIConformCore

/// Reads the NDJSON that `RunRecord` writes back into a `RunResult`. Anything else — a JUnit file, a
/// truncated line, a record of an unknown version — is an error naming the file, the line and the fix.
public enum RunRecordReader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func read(_ bytes: [UInt8], file: String) throws(Failure) -> RunResult {
        var run = RunResult(suites: [], startedAt: 0, hostname: "")
        var suiteIndex: [String: Int] = [:]
        var sawRun = false, sawSummary = false
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            let fail = { (message: String) in Failure(file: file, line: lineNumber, message: message) }
            guard let record = (try? JSONReader().parse(Array(line)))?.objectValue else {
                throw fail(lineNumber == 1 && line.first == UInt8(ascii: "<")
                    ? "this is XML, not a run record; merge reads the reports/run.ndjson that every run writes beside its JUnit report"
                    : "not a JSON object; each line of a run record is one JSON object")
            }
            do {
                let fields = Fields(record)
                switch try fields.string("record") {
                case "run":
                    guard try fields.integer("version") == RunRecord.version else {
                        throw RecordError("run record version \(fields.raw("version")) is not \(RunRecord.version); merge records written by the same apiconform")
                    }
                    run.startedAt = try fields.double("started_at")
                    run.hostname = try fields.string("hostname")
                    sawRun = true
                case "suite":
                    let name = try fields.string("suite")
                    var suite = SuiteResult(name: name, file: try fields.string("file"), operation: "", target: "", mode: "", cases: [])
                    for value in try fields.array("properties") {
                        let property = Fields(try object(value))
                        let text = try property.string("value")
                        switch try property.string("name") {
                        case "operation": suite.operation = text
                        case "target": suite.target = text
                        case "mode": suite.mode = text
                        case let other: throw RecordError("unknown suite property '\(other)'; expected operation, target or mode")
                        }
                    }
                    guard suiteIndex[name] == nil else { throw RecordError("suite \(name) is listed twice") }
                    suiteIndex[name] = run.suites.count
                    run.suites.append(suite)
                case "case":
                    let suite = try fields.string("suite")
                    guard let index = suiteIndex[suite] else { throw RecordError("case of suite \(suite), which no suite record announced") }
                    run.suites[index].cases.append(try caseResult(fields))
                case "summary":
                    sawSummary = true
                case let other:
                    throw RecordError("unknown record '\(other)'; expected run, suite, case or summary")
                }
            } catch let error as RecordError {
                throw fail(error.message)
            } catch {
                throw fail("\(error)")
            }
        }
        guard sawRun else { throw Failure(file: file, line: 1, message: "no 'run' record; is this a run record written by apiconform run?") }
        guard sawSummary else {
            throw Failure(file: file, line: lineNumber, message: "no 'summary' record at the end: the run did not finish writing this file")
        }
        return run
    }

    static func caseResult(_ fields: Fields) throws -> CaseResult {
        let outcome: CaseOutcome
        switch try fields.string("outcome") {
        case "passed": outcome = .passed
        case "failed": outcome = .failed(try fields.array("findings").map(finding))
        case "error":
            let error = Fields(try object(try fields.value("error")))
            outcome = .error(kind: try error.string("kind"), message: try error.string("message"), details: try error.string("details"))
        case "skipped": outcome = .skipped(reason: try fields.string("reason"))
        case let other: throw RecordError("unknown outcome '\(other)'; expected passed, failed, error or skipped")
        }
        var result = CaseResult(name: try fields.string("case"), classname: try fields.string("classname"), location: try location(fields.value("location")),
                                outcome: outcome, deviations: try fields.array("deviations").map(finding), warnings: try fields.array("warnings").map(finding),
                                drift: try fields.array("drift").map(observation), time: try fields.double("time"))
        result.reproduction = try fields.optionalString("reproduction")
        return result
    }

    static func finding(_ value: JSONValue) throws -> Finding {
        let fields = Fields(try object(value))
        guard let severity = Severity(rawValue: try fields.string("severity")) else { throw RecordError("unknown severity \(fields.raw("severity"))") }
        guard let side = FindingSide(rawValue: try fields.string("in")) else { throw RecordError("unknown side \(fields.raw("in"))") }
        let page: FindingPage?
        switch fields.object["page"] {
        case nil: page = nil
        case .string("walk")?: page = .walk
        case let value?:
            guard let number = ValueText.integer(value), number > 0 else { throw RecordError("page \(value.brief()) is neither a page number nor \"walk\"") }
            page = .number(Int(number))
        }
        return Finding(rule: try fields.string("rule"), severity: severity, side: side, path: FindingPath(reading: try fields.string("path")),
                       message: try fields.string("message"), page: page, expected: try fields.optionalString("expected"), actual: try fields.optionalString("actual"),
                       declaredAt: try fields.optional("declared_at").map(location), doc: try fields.optionalString("doc"),
                       drift: try fields.optionalString("drift").map(kind))
    }

    static func observation(_ value: JSONValue) throws -> DriftObservation {
        let fields = Fields(try object(value))
        guard let status = DriftObservation.Status(rawValue: try fields.string("status")) else { throw RecordError("unknown drift status \(fields.raw("status"))") }
        let acceptance = try fields.optional("acceptance").map { value -> DriftAcceptance in
            let accepted = Fields(try object(value))
            let pathText = try accepted.string("path")
            let path: JSONPathPattern
            do { path = try JSONPathPattern(parsing: pathText) } catch { throw RecordError("acceptance path \(pathText): \(error)") }
            let expires = try accepted.optionalString("expires").map { text -> CalendarDay in
                guard let day = CalendarDay(parsing: text) else { throw RecordError("acceptance expiry \(text) is not YYYY-MM-DD") }
                return day
            }
            return DriftAcceptance(operation: try accepted.string("operation"), path: path, kind: try accepted.optionalString("kind").map(kind),
                                   reason: try accepted.string("reason"), expires: expires, location: try location(accepted.value("location")))
        }
        return DriftObservation(finding: try finding(fields.value("finding")), kind: try kind(fields.string("kind")), status: status,
                                acceptance: acceptance, source: try fields.string("source"))
    }

    static func kind(_ text: String) throws -> DriftKind {
        guard let kind = DriftKind(rawValue: text) else { throw RecordError("unknown drift kind \(text)") }
        return kind
    }

    static func location(_ value: JSONValue) throws -> SourceLocation {
        let fields = Fields(try object(value))
        return SourceLocation(file: try fields.string("file"), line: Int(try fields.integer("line")), column: Int(try fields.integer("column")))
    }

    static func object(_ value: JSONValue) throws -> JSONObject {
        guard let object = value.objectValue else { throw RecordError("expected an object, found \(value.typeName)") }
        return object
    }

    struct RecordError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// Typed access to a record's members; a missing or mistyped member names itself.
    struct Fields {
        let object: JSONObject
        init(_ object: JSONObject) { self.object = object }

        func raw(_ key: String) -> String { object[key]?.brief() ?? "absent" }

        func value(_ key: String) throws -> JSONValue {
            guard let value = object[key] else { throw RecordError("member '\(key)' is missing") }
            return value
        }

        func optional(_ key: String) throws -> JSONValue? { object[key] }

        func string(_ key: String) throws -> String {
            guard let text = try value(key).stringValue else { throw RecordError("member '\(key)' must be a string, found \(raw(key))") }
            return text
        }

        func optionalString(_ key: String) throws -> String? {
            guard object[key] != nil else { return nil }
            return try string(key)
        }

        func integer(_ key: String) throws -> Int64 {
            guard let number = try value(key).numberValue?.int64 else { throw RecordError("member '\(key)' must be an integer, found \(raw(key))") }
            return number
        }

        func double(_ key: String) throws -> Double {
            guard let number = try value(key).numberValue?.double else { throw RecordError("member '\(key)' must be a number, found \(raw(key))") }
            return number
        }

        func array(_ key: String) throws -> [JSONValue] {
            guard let items = try value(key).arrayValue else { throw RecordError("member '\(key)' must be a list, found \(raw(key))") }
            return items
        }
    }
}
