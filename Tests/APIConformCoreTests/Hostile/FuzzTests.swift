import Foundation
import Testing
@testable import APIConformCore

/// Seeded, bounded fuzzing of every reader of outside input: the JSON reader, the evaluator on
/// mutated bodies, the YAML loaders (case files, contracts, targets) and the recording parser.
/// Each must return or fail with a well-formed error, never crash, and what it returns must be
/// valid. Small by default so it runs in every `swift test`; `scripts/fuzz` runs it long
/// (APICONFORM_FUZZ_ITERATIONS, APICONFORM_FUZZ_SEED). A failure prints the seed and iteration.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["APICONFORM_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 150
    static let seed = environment["APICONFORM_FUZZ_SEED"].flatMap(UInt64.init) ?? 14

    static func files(under folder: String, ending suffix: String) -> [String] {
        let root = Fixtures.repositoryRoot.appendingPathComponent(folder).path
        return (FileManager.default.subpaths(atPath: root) ?? []).filter { $0.hasSuffix(suffix) }.sorted().map { root + "/" + $0 }
    }

    static func bytes(_ path: String) -> [UInt8] { (try? BoundedFile.read(path, limit: 1 << 24)) ?? [] }

    static let recordings = files(under: "cases/recordings", ending: ".http")
    static let bodies: [[UInt8]] = recordings.prefix(40).compactMap { try? RecordingParser.parse(bytes($0)).body }

    @Test func jsonReaderRoundTripsWhatItAccepts() throws {
        var random = FuzzRandom(seed: Self.seed)
        for iteration in 0..<Self.iterations {
            let input = random.mutate(random.pick(Self.bodies))
            do {
                let value = try JSONReader().parse(input)
                // What it accepts, written back, reads the same.
                let again = try JSONReader().parse(JSONWriter(pretty: false).bytes(value))
                #expect(again == value, "seed \(Self.seed) iteration \(iteration)")
            } catch {
                #expect(error.line >= 1 && error.column >= 1 && error.offset >= 0 && error.offset <= input.count,
                        "seed \(Self.seed) iteration \(iteration): \(error)")
            }
        }
    }

    @Test func evaluatorFindingsAreWellFormedOnMutatedBodies() throws {
        let contracts = try Fixtures.contracts()
        let keys = Set(RuleCatalog.all.map { $0.key })
        var random = FuzzRandom(seed: Self.seed &+ 1)
        for iteration in 0..<Self.iterations {
            let contract = random.pick(contracts)
            let body = random.mutate(random.pick(Self.bodies))
            let status = random.pick([200, 200, 200, 400, 404, 500])
            let findings = ContractEvaluator(contract: contract).checkResponse(status: status, body: body, request: JSONObject(members: []))
            for finding in findings {
                let context = "seed \(Self.seed) iteration \(iteration) \(contract.operation): \(finding)"
                #expect(finding.path.description.hasPrefix("$"), "\(context)")
                #expect(keys.contains(finding.rule), "\(context)")
                #expect(!finding.message.isEmpty && finding.message.utf8.count <= Excerpt.maximumBytes + 32, "\(context)")
            }
        }
    }

    static let yamlInputs: [(kind: String, path: String)] =
        files(under: "cases/suites", ending: ".yaml").map { ("case", $0) } + files(under: "cases/contracts", ending: ".yaml").map { ("contract", $0) }
            + [("targets", Fixtures.repositoryRoot.appendingPathComponent("cases/targets.yaml").path)]

    @Test func yamlLoadersGiveWellFormedDiagnostics() throws {
        let contracts = try Fixtures.contracts()
        let texts = Self.yamlInputs.map { (kind: $0.kind, bytes: Self.bytes($0.path)) }
        var random = FuzzRandom(seed: Self.seed &+ 2)
        for iteration in 0..<Self.iterations {
            let input = random.pick(texts)
            let mutated = random.mutateLines(input.bytes)
            let file = "fuzz/\(iteration).yaml"
            let sink = DiagnosticSink()
            if let text = SourceFile.text(mutated, path: file, sink: sink) {
                switch input.kind {
                case "case": _ = CaseFileLoader(contracts: contracts, sink: sink).load(text: text, file: file)
                case "contract": _ = ContractLoader(sink: sink).load(text: text, file: file)
                default: _ = TargetsLoader(sink: sink).load(documentText: text, file: file)
                }
            }
            let lines = mutated.filter { $0 == 0x0A }.count + 1
            for diagnostic in sink.diagnostics {
                let context = "seed \(Self.seed) iteration \(iteration) \(input.kind): \(diagnostic)"
                #expect(diagnostic.location.file == file, "\(context)")
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1 && diagnostic.location.column >= 1, "\(context)")
                #expect(diagnostic.hint?.isEmpty == false, "\(context)")
                #expect(!RichDiagnostic.render(diagnostic, lines: RichDiagnostic.sourceLines(String(decoding: mutated, as: UTF8.self))).isEmpty)
            }
        }
    }

    @Test func recordingParserFailsWithALine() {
        let recordings = Self.recordings.prefix(40).map(Self.bytes)
        var random = FuzzRandom(seed: Self.seed &+ 3)
        for iteration in 0..<Self.iterations {
            let input = random.bool() ? random.mutate(random.pick(recordings)) : random.mutateLines(random.pick(recordings))
            do {
                let recording = try RecordingParser.parse(input)
                #expect(recording.body.count <= input.count, "seed \(Self.seed) iteration \(iteration)")
            } catch {
                #expect(error.line >= 0 && !error.message.isEmpty, "seed \(Self.seed) iteration \(iteration): \(error)")
            }
        }
    }
}

/// SplitMix64, and the mutations the fuzz tests apply: byte-level for JSON and recordings,
/// line-level (with YAML's own hazards) for case files and contracts.
struct FuzzRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    mutating func bool() -> Bool { next() & 1 == 0 }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let jsonTokens: [[UInt8]] = [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "\u{1B}[2J", "null", "-", "1e999999", "0.",
        "\"a\":1,\"a\":2", String(repeating: "[", count: 600), "\u{FFFE}", "\u{9B}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0x7F]]

    /// One to four byte-level edits: flip, insert a token, delete or duplicate a slice, truncate.
    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(6) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << below(8))
            case 1: bytes.insert(contentsOf: pick(Self.jsonTokens), at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + below(64) + 1))
            case 3:
                let end = min(bytes.count, at + below(256) + 1)
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            case 4: bytes.removeSubrange(at...)
            default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return bytes
    }

    static let yamlHazards: [String] = [
        "\t", "&a ", "*a", "? ", "- ", ": ", "{", "[", "'", "\"", "#", "|", ">", "!!binary ", "%YAML 1.1", "---", "...",
        "\u{FEFF}", "\u{1B}", "\\e", "~", "null", "0x1F", "1e400", "key: value", "  ", "name: \"a\\0b\"", "@", "`",
    ]

    /// One to four line-level edits: delete, duplicate, swap, reindent, insert a YAML hazard, truncate.
    mutating func mutateLines(_ input: [UInt8]) -> [UInt8] {
        var lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0...below(4) {
            guard !lines.isEmpty else { lines = [pick(Self.yamlHazards)]; continue }
            let at = below(lines.count)
            switch below(7) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: at)
            case 2: lines.swapAt(at, below(lines.count))
            case 3: lines[at] = String(repeating: " ", count: below(9)) + lines[at].drop { $0 == " " }
            case 4:
                let line = lines[at]
                let offset = line.index(line.startIndex, offsetBy: below(line.count + 1))
                lines[at] = String(line[..<offset]) + pick(Self.yamlHazards) + String(line[offset...])
            case 5: lines.removeSubrange(at...)
            default: lines.insert(pick(Self.yamlHazards), at: at)
            }
        }
        var bytes = Array(lines.joined(separator: "\n").utf8)
        if below(10) == 0 { bytes = mutate(bytes) }
        return bytes
    }
}
