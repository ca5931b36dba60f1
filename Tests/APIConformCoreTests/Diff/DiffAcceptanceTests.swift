import Foundation
import Testing
@testable import APIConformCore

/// Accepted drift shields a change while it holds and stops shielding (visibly) once it expired.
@Suite struct DiffAcceptanceTests {
    static let day = CalendarDay(parsing: "2026-01-02")!

    /// A diff with one breaking change (VOD Size turned string) and one additive one (a new field).
    func diff() throws -> ProfileDiff {
        let contracts = try Fixtures.contracts()
        let planted = try PlantedRecordings()
        defer { planted.remove() }
        try planted.plant(ProfileDiffTests.docExample, at: "$.MediaInfos[0].MezzanineInfo.Size") { _ in .string("4096477") }
        try planted.plant(ProfileDiffTests.docExample, at: "$.MediaInfos[0].MediaInfo") { $0.adding("Region", .string("cn-shanghai")) }
        let new = try ProfileDiffTests.profile(planted.directory.path, contracts: contracts)
        return ProfileDiff(old: try ProfileDiffTests.bundled.get(), new: new, contracts: contracts)
    }

    func acceptance(_ path: String, kind: DriftKind?, expires: String?) throws -> DriftAcceptance {
        DriftAcceptance(operation: ProfileDiffTests.vod, path: try JSONPathPattern(parsing: path), kind: kind, reason: "our client copes",
                        expires: expires.flatMap(CalendarDay.init(parsing:)), location: SourceLocation(file: "accepted-drift.yaml", line: 2, column: 5))
    }

    @Test func unacceptedBreakingChangesFail() throws {
        let diff = try diff()
        #expect(diff.changes.map(\.status) == [.fail, .warn])
        #expect(diff.fails)
        #expect(diff.totals.description == "1 breaking (0 accepted), 1 additive, 0 info")
    }

    @Test func anAcceptanceThatHoldsShieldsTheChange() throws {
        let accepted = try diff().judged(by: [try acceptance("$.MediaInfos[*].MezzanineInfo.Size", kind: .typeChange, expires: "2026-01-02")], on: Self.day)
        #expect(accepted.changes.map(\.status) == [.accepted, .warn])
        #expect(accepted.changes.first?.acceptance?.expires?.description == "2026-01-02")
        #expect(!accepted.fails)
        #expect(accepted.totals.description == "1 breaking (1 accepted), 1 additive, 0 info")
    }

    @Test func anExpiredAcceptanceFailsAgainAndSaysSo() throws {
        let expired = try diff().judged(by: [try acceptance("$.MediaInfos[*].MezzanineInfo.Size", kind: nil, expires: "2026-01-01")], on: Self.day)
        #expect(expired.changes.map(\.status) == [.expired, .warn])
        #expect(expired.fails)
    }

    @Test func anAcceptanceOfAnotherKindOrFieldDoesNotCover() throws {
        let other = try diff().judged(by: [try acceptance("$.MediaInfos[*].MezzanineInfo.Size", kind: .timeFormat, expires: nil),
                                           try acceptance("$.MediaInfos[*].MezzanineInfo.Width", kind: nil, expires: nil)], on: Self.day)
        #expect(other.changes.map(\.status) == [.fail, .warn])
    }
}
