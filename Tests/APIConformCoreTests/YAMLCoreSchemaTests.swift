import Foundation
import Testing
import Yams
@testable import APIConformCore

/// Plain scalars are typed by the YAML 1.2 core schema without regular expressions; quoted scalars
/// are strings; and every bundled file reads exactly as it did through Yams' YAML 1.1 resolver.
@Suite struct YAMLCoreSchemaTests {
    /// Every row of the core schema's table (YAML 1.2 §10.3.2), and what falls outside it.
    @Test(arguments: [
        ("", YAMLScalar.Resolved.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("0", .integer(0)), ("12", .integer(12)), ("-12", .integer(-12)), ("+12", .integer(12)), ("007", .integer(7)),
        ("0o17", .integer(15)), ("0x1F", .integer(31)), ("0xff", .integer(255)),
        ("9223372036854775807", .integer(.max)), ("-9223372036854775808", .integer(.min)),
        ("1.5", .float(1.5)), ("-1.5", .float(-1.5)), ("+1.5", .float(1.5)), (".5", .float(0.5)), ("1.", .float(1)),
        ("1e3", .float(1000)), ("1.5E-2", .float(0.015)), ("-.5e+1", .float(-5)),
        (".inf", .float(.infinity)), (".Inf", .float(.infinity)), ("+.INF", .float(.infinity)), ("-.inf", .float(-.infinity)),
        // Outside the core schema: strings (YAML 1.1 read some of these as booleans, sexagesimals or dates).
        ("yes", .string), ("No", .string), ("on", .string), ("OFF", .string), ("nULL", .string), ("tRUE", .string),
        ("1_000", .string), ("1:30", .string), ("0b101", .string), ("0o8", .string), ("0x", .string), ("0xG", .string),
        ("1e", .string), ("e3", .string), (".", .string), ("-", .string), ("+", .string), ("1.2.3", .string), ("inf", .string),
        ("-.nan", .string), ("2024-01-31", .string), ("12abc", .string), (" 1", .string),
        ("9223372036854775808", .string), ("0x1FFFFFFFFFFFFFFFF", .string),
    ])
    func plainScalarsFollowTheCoreSchema(_ text: String, _ expected: YAMLScalar.Resolved) {
        #expect(YAMLCoreSchema.resolve(plain: text) == expected, "\(text)")
    }

    @Test func notANumberIsAFloat() {
        for text in [".nan", ".NaN", ".NAN"] {
            guard case .float(let value) = YAMLCoreSchema.resolve(plain: text) else { Issue.record("\(text)"); continue }
            #expect(value.isNaN)
        }
    }

    /// Quoting keeps the text a string; an explicit tag holds only where the text is of its kind.
    @Test func quotedScalarsAndTagsInADocument() throws {
        let yaml = """
            a: 10
            b: "10"
            c: '10'
            d: true
            e: "true"
            f: null
            g: ''
            h:
            i: !!str 10
            j: !!int 10
            k: !!int ten
            l: !!float 1
            m: |
              10
            n: 0x10
            """
        let top = try YAMLDocument.parse(yaml, file: "f.yaml")
        guard case .mapping(let entries) = top.kind else { Issue.record("not a mapping"); return }
        let resolved = entries.map { "\($0.key)=\($0.value.scalar?.kindDescription ?? "?")" }
        #expect(resolved == ["a=an integer", "b=a string", "c=a string", "d=a boolean", "e=a string", "f=null", "g=a string", "h=null",
                             "i=a string", "j=an integer", "k=a string", "l=a number", "m=a string", "n=an integer"])
        #expect(entries.first { $0.key == "n" }?.value.scalar?.resolved == .integer(16))
    }

    /// Keys that differ only in quoting are the same key to every loader (keys are strings), so the
    /// duplicate-key check refuses them too, at the repeat (YAML 1.1 told `1` from `"1"` and let both in).
    @Test func aQuotedRepeatOfAKeyIsADuplicate() {
        let diagnostics = Fixtures.contractDiagnostics("1: a\n\"1\": b\n")
        #expect(diagnostics.first?.hasPrefix("cases/contracts/broken.yaml:2:1: error: [duplicate_key]") == true, "\(diagnostics)")
    }

    /// Every bundled case file, contract and targets file reads to the same nodes, values and
    /// positions as it did when Yams resolved tags (YAML 1.1, regular expressions).
    @Test func everyBundledFileReadsAsBefore() throws {
        let cases = Fixtures.repositoryRoot.appendingPathComponent("cases")
        let files = FileManager.default.enumerator(atPath: cases.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        #expect(files.contains("contracts/ice.ListMediaBasicInfos.yaml") && files.contains("targets.yaml") && files.contains { $0.hasPrefix("suites/") })
        var scalars = 0
        for file in files {
            let text = try String(contentsOf: cases.appendingPathComponent(file), encoding: .utf8)
            let now = try YAMLDocument.parse(text, file: file)
            let before = try #require(try Yams.compose(yaml: text).map { Self.yaml11($0, file: file) }, "\(file)")
            let lines = Self.lines(now, path: "$")
            scalars += lines.count
            #expect(lines == Self.lines(before, path: "$"), "\(file)")
        }
        #expect(scalars > 1000)
    }

    /// The resolution `YAMLDocument` used before the core schema: Yams' default (YAML 1.1) resolver.
    static func yaml11(_ node: Node, file: String) -> YAMLNode {
        let at = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            guard scalar.style == .plain else { return YAMLNode(kind: .scalar(YAMLScalar(text: text, resolved: .string)), location: at) }
            let resolved: YAMLScalar.Resolved
            switch Tag.Name(rawValue: node.tag.rawValue) {
            case .null: resolved = .null
            case .bool: resolved = .bool(Bool.construct(from: scalar) ?? false)
            case .int: resolved = Int64(text).map { .integer($0) } ?? .string
            case .float: resolved = .float(Double.construct(from: scalar) ?? 0)
            default: resolved = .string
            }
            return YAMLNode(kind: .scalar(YAMLScalar(text: text, resolved: resolved)), location: at)
        case .sequence(let sequence):
            return YAMLNode(kind: .sequence(sequence.map { yaml11($0, file: file) }), location: at)
        case .mapping(let mapping):
            return YAMLNode(kind: .mapping(mapping.map { key, value in
                let keyAt = SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
                return YAMLNode.Entry(key: key.string ?? "", keyLocation: keyAt, value: yaml11(value, file: file))
            }), location: at)
        case .alias:
            return YAMLNode(kind: .scalar(YAMLScalar(text: "*alias", resolved: .string)), location: at)
        }
    }

    /// One line per node: path, position, and the scalar's kind and value.
    static func lines(_ node: YAMLNode, path: String) -> [String] {
        let at = "\(node.location.line):\(node.location.column)"
        switch node.kind {
        case .scalar(let scalar): return ["\(path) \(at) \(scalar.kindDescription) \(scalar.text) \(scalar.resolved)"]
        case .sequence(let items): return ["\(path) \(at) list"] + items.enumerated().flatMap { lines($1, path: "\(path)[\($0)]") }
        case .mapping(let entries):
            return ["\(path) \(at) mapping"] + entries.flatMap { entry in
                ["\(path).\(entry.key) key \(entry.keyLocation.line):\(entry.keyLocation.column)"] + lines(entry.value, path: "\(path).\(entry.key)")
            }
        }
    }
}
