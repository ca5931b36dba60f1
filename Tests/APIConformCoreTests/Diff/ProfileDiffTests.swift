import Foundation
import Testing
@testable import APIConformCore

/// One change planted in a copy of the bundled recordings is reported as exactly that change (kind,
/// field, impact) and nothing else; an unchanged copy reports nothing.
@Suite struct ProfileDiffTests {
    static let vod = "vod.BatchGetMediaInfos"
    static let docExample = "vod.BatchGetMediaInfos/doc-example.http"

    /// The bundled recordings profiled once, as OLD for every test.
    static let bundled = Result { try profile(PlantedRecordings.bundled.path, contracts: Fixtures.contracts()) }

    static func profile(_ directory: String, contracts: [Contract]) throws -> RecordingProfile {
        let sink = DiagnosticSink()
        let profile = RecordingProfile.build(directory: directory, identifier: OperationIdentifier(contracts: contracts), sink: sink)
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        #expect(profile.unidentified.isEmpty)
        return profile
    }

    /// The changes between the bundled recordings and a copy with `plant` applied.
    func changes(contracts: [Contract]? = nil, plant: (PlantedRecordings) throws -> Void) throws -> [ProfileChange] {
        let contracts = try contracts ?? Fixtures.contracts()
        let planted = try PlantedRecordings()
        defer { planted.remove() }
        try plant(planted)
        let new = try Self.profile(planted.directory.path, contracts: contracts)
        return ProfileDiff(old: try Self.bundled.get(), new: new, contracts: contracts).changes
    }

    /// Exactly one change, this one.
    /// `newExample` is the recording the NEW side cites (nil for a field that is gone from NEW).
    func expectOnly(_ changes: [ProfileChange], _ kind: ProfileChange.Kind, at field: String, _ impact: ProfileChange.Impact,
                    operation: String = vod, newExample: String? = docExample, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = changes.map { "\($0.impact) \($0.operation) \($0.fieldLabel) \($0.kind.name): \($0.old) → \($0.new)" }
        #expect(lines == ["\(impact) \(operation) \(field) \(kind.name): \(changes.first?.old ?? "") → \(changes.first?.new ?? "")"],
                sourceLocation: sourceLocation)
        #expect(changes.first?.kind == kind, sourceLocation: sourceLocation)
        if let newExample {
            #expect(changes.first?.newExample?.hasSuffix(newExample) == true, "\(changes.first?.newExample ?? "none")", sourceLocation: sourceLocation)
        } else {
            #expect(changes.first?.newExample == nil, "\(changes.first?.newExample ?? "")", sourceLocation: sourceLocation)
        }
    }

    @Test func identicalSetsHaveNoChanges() throws {
        let old = try Self.bundled.get()
        #expect(old.recordings == 85 && old.operations.count == 5, "the quiet test needs something to compare")
        #expect(try changes { _ in }.isEmpty)
    }

    @Test func aNewFieldIsAdditive() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MediaInfo") { $0.adding("Region", .string("cn-shanghai")) } }
        expectOnly(changes, .drift(.newField), at: "$.MediaInfos[*].MediaInfo.Region", .additive)
        #expect(changes.first.map { "\($0.old) → \($0.new)" } == "absent → in 1 of 11 responses")
    }

    @Test func aFieldGoneFromEveryResponseIsBreaking() throws {
        let changes = try changes { try $0.plantEverywhere(Self.vod, at: "$.MediaInfos[*].MezzanineInfo.FileMD5") { _ in nil } }
        expectOnly(changes, .drift(.missingField), at: "$.MediaInfos[*].MezzanineInfo.FileMD5", .breaking, newExample: nil)
        #expect(changes.first?.new == "absent")
    }

    @Test func anIntegerTurningIntoAStringIsBreaking() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MezzanineInfo.Size") { _ in .string("4096477") } }
        expectOnly(changes, .drift(.typeChange), at: "$.MediaInfos[*].MezzanineInfo.Size", .breaking)
        #expect(changes.first.map { "\($0.old) → \($0.new)" } == "integer → integer, +string")
    }

    @Test func aNumericStringTurningIntoANumberIsBreaking() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MezzanineInfo.Bitrate") { _ in .number(JSONNumber(literal: "771.2280")) } }
        expectOnly(changes, .drift(.typeChange), at: "$.MediaInfos[*].MezzanineInfo.Bitrate", .breaking)
    }

    @Test func nullWhereTheContractSaysNeverIsBreaking() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MediaInfo.Title") { _ in .null } }
        expectOnly(changes, .drift(.unexpectedNull), at: "$.MediaInfos[*].MediaInfo.Title", .breaking)
    }

    @Test func anISOTimeTurningCompactIsBreaking() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MediaInfo.CreationTime") { _ in .string("20171114091550") } }
        expectOnly(changes, .drift(.timeFormat), at: "$.MediaInfos[*].MediaInfo.CreationTime", .breaking)
        #expect(changes.first?.new == "iso8601_utc, +yyyymmddhhmmss")
    }

    @Test func aNewValueOfAClosedEnumIsBreaking() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MediaInfo.Status") { _ in .string("Deleted") } }
        expectOnly(changes, .drift(.enumOutsideSet), at: "$.MediaInfos[*].MediaInfo.Status", .breaking)
        #expect(changes.first?.new == #"+"Deleted""#)
    }

    @Test func aNewValueOfAnOpenEnumIsAdditive() throws {
        let contracts = try Self.contracts(replacing: "enum: [Uploading, UploadFail, UploadSucc, Transcoding, TranscodeFail, Blocked, Normal]",
                                           with: "enum: [Uploading, UploadFail, UploadSucc, Transcoding, TranscodeFail, Blocked, Normal]\n                enum_open: true")
        let changes = try changes(contracts: contracts) { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MediaInfo.Status") { _ in .string("Deleted") } }
        expectOnly(changes, .drift(.newEnumValue), at: "$.MediaInfos[*].MediaInfo.Status", .additive)
    }

    @Test func aNewValueOfAnUndeclaredEnumIsAdditive() throws {
        let changes = try changes { try $0.plant(Self.docExample, at: "$.MediaInfos[0].MezzanineInfo.VideoStreamList[0].CodecName") { _ in .string("av1") } }
        expectOnly(changes, .drift(.newEnumValue), at: "$.MediaInfos[*].MezzanineInfo.VideoStreamList[*].CodecName", .additive)
    }

    @Test func moreItemsThanTheCapIsBreaking() throws {
        let batch = "vod.BatchGetMediaInfos/batch-of-20.http"
        let changes = try changes { try $0.plant(batch, at: "$.MediaInfos") { .array($0.arrayValue! + [$0.arrayValue!.last!]) } }
        #expect(changes.map(\.kind) == [.drift(.capExceeded)])
        #expect(changes.map(\.field) == ["$.MediaInfos"])
        #expect(changes.first.map { "\($0.old) → \($0.new)" } == "at most 20 items → 21 items (cap 20)")
        #expect(changes.first?.newExample?.hasSuffix(batch) == true)
    }

    @Test func fewerItemsWithinTheCapIsInfo() throws {
        let batch = "vod.BatchGetMediaInfos/batch-of-20.http"
        let changes = try changes { try $0.plant(batch, at: "$.MediaInfos") { .array(Array($0.arrayValue!.dropLast())) } }
        #expect(changes.map { "\($0.impact) \($0.kind.name) \($0.field): \($0.old) → \($0.new)" } == ["info item_count $.MediaInfos: 0–20 items → 0–19 items"])
    }

    /// The bundled contracts with one edit in the VOD contract's text.
    static func contracts(replacing old: String, with new: String) throws -> [Contract] {
        let file = Fixtures.contractsDirectory + "/vod.BatchGetMediaInfos.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try #require(text.contains(old))
        let sink = DiagnosticSink()
        let edited = try #require(ContractLoader(sink: sink).load(text: text.replacingOccurrences(of: old, with: new), file: file))
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        return try Fixtures.contracts().map { $0.operation == edited.operation ? edited : $0 }
    }
}
