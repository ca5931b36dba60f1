import Testing
@testable import APIConformCore

/// Hostile shapes cost work linear in their size: pinned by counting the work (names compared,
/// suggestions computed, characters quoted) at sizes where a quadratic path would show, never by time.
@Suite struct HostileShapeTests {
    static func object(_ pairs: [(String, Int)]) -> String {
        "{" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    @Test func tenToTheFiveRepeatedNamesAreEachFoundAndCountedOnce() throws {
        // 10⁵ members, every name twice (the second copies in reverse order), one name three times.
        let names = (0..<50_000).map { "k\($0)" }
        let text = Self.object(names.enumerated().map { ($1, $0) } + names.reversed().map { ($0, 0) } + [("k7", 1)])
        let object = try #require(try JSONReader().parse(text).objectValue)
        #expect(object.members.count == 100_001)
        #expect(object.duplicateKeys.count == 50_001)
        #expect(object.duplicateKeys.first == "k49999" && object.duplicateKeys.last == "k7")
        let context = EvaluationContext(request: JSONObject(members: []), contract: try Fixtures.contract("ice.ListMediaBasicInfos"), side: .response, status: 200)
        let failures = DuplicateKeyRule().check(.object(object), at: .root, in: context)
        #expect(failures.count == 50_000)
        #expect(failures.first?.message == "member 'k49999' appears 2 times")
        #expect(failures.first { $0.path == JSONPath([.key("k7")]) }?.message == "member 'k7' appears 3 times")
    }

    /// Below `MemberNames.directLimit` names are compared directly; past it, hashed: a repeat is found
    /// on either side of the switch and across it.
    @Test(arguments: [[0, 1, 0], Array(0..<15) + [3], Array(0..<16) + [15], Array(0..<17) + [2], Array(0..<40) + [39, 0, 20]])
    func repeatsAreFoundEitherSideOfTheSwitchToHashing(_ keys: [Int]) throws {
        let object = try #require(try JSONReader().parse(Self.object(keys.map { ("n\($0)", 0) })).objectValue)
        var seen: Set<Int> = []
        let expected = keys.filter { !seen.insert($0).inserted }.map { "n\($0)" }
        #expect(object.duplicateKeys == expected)
    }

    @Test func aNewMemberInTwentyThousandItemsAsksForItsSuggestionOnce() throws {
        let rule = UndocumentedFieldRule(mode: .drift, documented: ["MediaId", "Title", "Status"])
        let context = EvaluationContext(request: JSONObject(members: []), contract: try Fixtures.contract("ice.ListMediaBasicInfos"), side: .response, status: 200)
        let item = JSONValue.object(JSONObject(members: [.init(key: "MediaId", value: .string("m")), .init(key: "Titel", value: .string("t")),
                                                         .init(key: "Region", value: .string("r"))]))
        var failures: [RuleFailure] = []
        for index in 0..<20_000 { failures += rule.check(item, at: JSONPath([.key("MediaInfos"), .index(index)]), in: context) }
        #expect(failures.count == 40_000)
        #expect(context.suggestions.computed == 2)
        #expect(failures[0].message == "undocumented field 'Titel' (did you mean 'Title'?)")
        #expect(failures[39_999].message == "undocumented field 'Region'")
        #expect(failures[39_999].path.description == "$.MediaInfos[19999].Region")
    }

    @Test func tenToTheFiveUndocumentedMembersAreEachReportedOnce() throws {
        let contract = try Fixtures.contract("ice.ListMediaBasicInfos")
        let body = #"{"RequestId": "r", "TotalCount": 0, "MediaInfos": []"# + (0..<100_000).map { #", "Extra\#($0)": \#($0)"# }.joined() + "}"
        let findings = ContractEvaluator(contract: contract).checkResponse(status: 200, body: Array(body.utf8), request: JSONObject(members: []))
        let undocumented = findings.filter { $0.rule == UndocumentedFieldRule.key }
        #expect(undocumented.count == 100_000)
        #expect(undocumented.first?.message == "undocumented field 'Extra0'")
        #expect(undocumented.last?.path.description == "$.Extra99999")
        #expect(Set(undocumented.map(\.path)).count == 100_000)
    }

    /// The suggestion the word-by-word comparison gave, for the same words: pruning by length and the
    /// prepared candidates change the cost, not the answer.
    @Test func suggestionsAreTheOnesTheFullComparisonGave() {
        func reference(_ word: String, _ candidates: [String]) -> String? {
            let lowered = word.lowercased()
            if lowered.count >= 3, let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }) { return prefixed }
            var best: (name: String, distance: Int)?
            for candidate in candidates {
                let distance = Suggestion.editDistance(lowered, candidate.lowercased())
                if best == nil || distance < best!.distance { best = (candidate, distance) }
            }
            guard let best else { return nil }
            return best.distance <= max(2, word.count / 3) ? best.name : nil
        }
        let candidates = ["MediaId", "MediaInfos", "RequestId", "TotalCount", "NextToken", "MaxResults", "Title", "ab", "État"]
        let words = ["MediaID", "mediainfo", "Medi", "RequestID", "Req", "xx", "a", "", "TotalCounts", "MaxResult", "NxtTokn", "Titel", "TITLE",
                     "ba", "etat", "État", "MediaIdMediaIdMediaIdMediaIdMediaId", String(repeating: "q", count: 300), "MaxResultsX", "MediaInfosAndMore"]
        for word in words {
            #expect(Suggestion.closest(to: word, in: candidates) == reference(word, candidates), "\(word)")
        }
        #expect(Suggestion.closest(to: String(repeating: "MediaId", count: 2_000_000), in: candidates) == nil)
    }

    /// `brief` of a long string quotes only the head it keeps; the text is what quoting the whole gave.
    @Test func briefQuotesOnlyTheHeadOfALongString() {
        func reference(_ s: String, limit: Int = 80) -> String {
            let text = JSONValue.quoted(s)
            if text.count <= limit { return text }
            return String(text.prefix(limit)) + "…"
        }
        let samples = ["short", String(repeating: "a", count: 79), String(repeating: "a", count: 78), String(repeating: "a", count: 200),
                       String(repeating: "\n\"\\\u{1}", count: 60), String(repeating: "e\u{301}\u{302}\u{303}", count: 100),
                       String(repeating: "🇫🇷", count: 90), String(repeating: "\u{301}", count: 500), "x" + String(repeating: "\u{301}", count: 5000)]
        for sample in samples {
            #expect(JSONValue.string(sample).brief() == reference(sample), "\(sample.prefix(20))")
            #expect(JSONValue.string(sample).brief(limit: 5) == reference(sample, limit: 5))
        }
        let huge = JSONValue.string(String(repeating: "a", count: 10_000_000))
        #expect(huge.brief() == "\"" + String(repeating: "a", count: 79) + "…")
    }
}
