import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// The stand-in as a second, synthetic account (`serve --synthetic-account SEED`): every answer,
/// sent and received over loopback HTTP with real signing, must conform to the contracts, and the
/// account's listings, pages and batch partitions must agree with each other.
@Suite(.serialized) struct SyntheticAccountTests {
    /// Seeds unlike anything the recordings came from.
    static let seeds = ["synthetic-7", "north-2027", "0"]

    @Test(arguments: seeds)
    func everyAnswerConformsToItsContract(_ seed: String) async throws {
        let account = try await SyntheticSession.start(seed: seed)
        let list = "ice.ListMediaBasicInfos", publicList = "ice.ListPublicMediaBasicInfos"
        let yike = "ice.BatchGetYikeAssetMediaInfos", vod = "vod.BatchGetMediaInfos", huawei = "huawei.ShowAssetMeta"
        let listed = try await account.mediaIds(count: 40)
        let huaweiIds = try await account.huaweiIds(count: 10)
        let newest = try await account.send(list, ["MaxResults": "1"]).body["MediaInfos"]?.arrayValue?.first?["MediaBasicInfo"]?["CreateTime"]?.stringValue
        let window = try #require(newest.flatMap(TimeFormat.iso8601UTC.seconds))
        var requests: [(String, [String: JSONValue])] = []
        let listRequests: [[String: JSONValue]] = [[:], ["MaxResults": "100", "IncludeFileBasicInfo": "true"], ["SortBy": "asc", "MaxResults": "25"], ["MediaType": "audio", "IncludeFileBasicInfo": "true"],
                     ["BusinessType": "watermark", "MediaType": "image"], ["Source": "vod", "MaxResults": "5"], ["Status": "Preparing", "IncludeFileBasicInfo": "true"],
                     ["Status": "PrepareFail", "IncludeFileBasicInfo": "true"], ["MediaType": "text", "Source": "live"], ["MediaId": .string(listed[3]), "IncludeFileBasicInfo": "true"],
                     ["StartTime": .string(TimeFormat.iso8601UTC.format(window - 86_400 * 90)), "EndTime": .string(TimeFormat.iso8601UTC.format(window)), "SortBy": "desc"],
                     ["MaxResults": "101"], ["StartTime": "2025-03-01 08:00:00"], ["MediaType": "Video"]]
        requests += listRequests.map { (list, $0) }
        let publicRequests: [[String: JSONValue]] = [[:], ["MaxResults": "100", "IncludeFileBasicInfo": "true"], ["MediaTagId": "sticker-cute", "BusinessType": "sticker", "MaxResults": "20"],
                     ["MediaTagId": "bgm-romantic", "IncludeFileBasicInfo": "true"], ["BusinessType": "bgi", "MaxResults": "30"], ["MediaTagId": "bgm-cuisine", "BusinessType": "sticker"],
                     ["PageNo": "1", "PageSize": "10", "MediaTagId": "bgi-solid"], ["PageNo": "2", "PageSize": "25", "BusinessType": "bgm"], ["PageNo": "40", "PageSize": "20"],
                     ["PageSize": "15", "BusinessType": "sticker"], ["MaxResults": "101"], ["PageNo": "1", "PageSize": "0"], ["MediaTagId": "sticker-funny"]]
        requests += publicRequests.map { (publicList, $0) }
        let yikeRequests: [[String: JSONValue]] = [[:], ["MediaIds": .string(listed.prefix(20).joined(separator: ","))], ["MediaIds": .string((listed.prefix(30) + ["0123456789abcdef0123456789abcdef"]).joined(separator: ","))],
                     ["MediaIds": .string([listed[0], listed[1], listed[0]].joined(separator: ","))], ["MediaIds": .string("\(listed[0]),,\(listed[1])")]]
        requests += yikeRequests.map { (yike, $0) }
        let vodRequests: [[String: JSONValue]] = [["MediaIds": .string(listed.prefix(20).joined(separator: ","))],
                     ["MediaIds": .string((listed.prefix(17) + ["ffffffffffffffffffffffffffffffff"] + account.account.foreignMediaIds.prefix(2)).joined(separator: ","))],
                     ["MediaIds": .string(listed[5]), "ReferenceIds": .string(account.account.referenceIds.prefix(3).joined(separator: ",") + ",ref-unknown-0001")],
                     ["ReferenceIds": .string(account.account.referenceIds.suffix(4).joined(separator: ","))],
                     ["MediaIds": .string(listed.prefix(21).joined(separator: ","))]]
        requests += vodRequests.map { (vod, $0) }
        let huaweiRequests: [[String: JSONValue]] = [[:], ["page": "1", "size": "20"], ["size": "100"], ["page": "2000"], ["status": .array([.string("PUBLISHED")])],
                     ["status": .array([.string("TRANSCODING"), .string("CREATED")]), "size": "50"], ["category_id": .string(String(account.account.huaweiCategoryIds[0]))],
                     ["start_time": .string(TimeFormat.compactUTC.format(window - 86_400 * 120)), "end_time": .string(TimeFormat.compactUTC.format(window)), "size": "20"],
                     ["asset_id": .array(huaweiIds.map(JSONValue.string))], ["asset_id": .array([.string(huaweiIds[0]), .string("0000000000000000000000000000abcd")])],
                     ["page": "-1"], ["size": "0"], ["start_time": "2025-03-01T00:00:00Z"],
                     ["asset_id": .array((huaweiIds + ["00000000000000000000000000000011"]).map(JSONValue.string))]]
        requests += huaweiRequests.map { (huawei, $0) }
        var answered = 0
        for (operation, parameters) in requests {
            let answer = try await account.send(operation, parameters)
            #expect(answer.findings.isEmpty, "\(seed) \(operation) \(parameters): \(answer.findings.map { "\($0.rule) \($0.path) \($0.message)" })")
            #expect(answer.refused == (answer.status != 200), "\(seed) \(operation) \(parameters): status \(answer.status) for a request with findings \(answer.requestFindings.map(\.rule))")
            answered += 1
        }
        #expect(answered == requests.count && answered > 50)
        await account.stop()
    }

    /// What portable suites may count on in any synthetic account: every documented filter value finds
    /// something, except the combinations the account never holds (text from a live source).
    @Test(arguments: seeds)
    func everyDocumentedFilterValueFindsAssets(_ seed: String) async throws {
        let account = try await SyntheticSession.start(seed: seed)
        let filters: [(String, [String])] = [
            ("MediaType", ["image", "video", "audio", "text"]), ("BusinessType", ["subtitles", "watermark", "opening", "ending", "general"]),
            ("Source", ["oss", "vod", "live", "general"]), ("Status", ["Init", "Preparing", "PrepareFail", "Normal"]),
        ]
        for (name, values) in filters {
            for value in values {
                let found = try await account.send("ice.ListMediaBasicInfos", [name: .string(value)])
                #expect(found.ids("MediaInfos", key: "MediaId").count >= 1, "\(seed): \(name)=\(value) finds nothing")
            }
        }
        let none = try await account.send("ice.ListMediaBasicInfos", ["MediaType": "text", "Source": "live"])
        #expect(none.body["TotalCount"].flatMap(ValueText.integer) == 0 && none.findings.isEmpty)
        let tags = try #require(account.fixtures.contracts.first { $0.operation == "ice.ListPublicMediaBasicInfos" }?.parameter("MediaTagId")?.rules
            .compactMap { $0.rule as? EnumRule }.first?.values)
        #expect(tags.count == 17)
        for tag in tags {
            let found = try await account.send("ice.ListPublicMediaBasicInfos", ["MediaTagId": .string(tag)])
            #expect(found.ids("MediaInfos", key: "MediaId").count >= 1 && found.findings.isEmpty, "\(seed): MediaTagId=\(tag) finds nothing")
        }
        for status in ["PUBLISHED", "TRANSCODE_SUCCEED", "CREATED", "TRANSCODING", "TRANSCODE_FAILED", "UPLOAD_FAILED", "CREATING"] {
            let found = try await account.send("huawei.ShowAssetMeta", ["status": .array([.string(status)])])
            #expect(found.ids("asset_info_array", key: "asset_id").count >= 1 && found.findings.isEmpty, "\(seed): status=\(status) finds nothing")
        }
        await account.stop()
    }

    @Test(arguments: seeds)
    func pagingWalksAddUp(_ seed: String) async throws {
        let account = try await SyntheticSession.start(seed: seed)
        // Token paging, both orders: every asset once, in order across page boundaries, as many as TotalCount.
        for sort in ["desc", "asc"] {
            let walk = try await account.tokenWalk("ice.ListMediaBasicInfos", ["SortBy": .string(sort), "MaxResults": "7", "Source": "oss"], key: "CreateTime")
            #expect(walk.ids.count == walk.total && Set(walk.ids).count == walk.total && walk.total > 7, "\(seed) \(sort): \(walk.ids.count) of \(walk.total)")
            #expect(walk.keys == (sort == "asc" ? walk.keys.sorted() : walk.keys.sorted(by: >)))
        }
        let tokens = try await account.tokenWalk("ice.ListPublicMediaBasicInfos", ["BusinessType": "bgm", "MaxResults": "9"], key: nil)
        #expect(tokens.ids.count == tokens.total && Set(tokens.ids).count == tokens.total && tokens.total > 9)
        // Page paging gives the same items as token paging.
        var pages: [String] = []
        for number in 1... {
            let page = try await account.send("ice.ListPublicMediaBasicInfos", ["BusinessType": "bgm", "PageNo": .string(String(number)), "PageSize": "9"])
            let ids = page.ids("MediaInfos", key: "MediaId")
            if ids.isEmpty { break }
            pages += ids
        }
        #expect(pages == tokens.ids)
        // Huawei pages from 0: sizes add up to the total, the truncation flag drops on the last page.
        var huawei: [String] = []
        var total = 0
        for page in 0... {
            let answer = try await account.send("huawei.ShowAssetMeta", ["page": .string(String(page)), "size": "8"])
            huawei += answer.ids("asset_info_array", key: "asset_id")
            total = Int(answer.body["total"].flatMap(ValueText.integer) ?? -1)
            if answer.body["is_truncated"].flatMap(ValueText.integer) == 0 { break }
        }
        #expect(huawei.count == total && Set(huawei).count == total && total == account.account.huaweiAssetIds.count)
        await account.stop()
    }

    @Test(arguments: seeds)
    func batchPartitionsAreExact(_ seed: String) async throws {
        let account = try await SyntheticSession.start(seed: seed)
        let listed = try await account.mediaIds(count: 20)
        let unknown = ["0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"]
        let foreign = account.account.foreignMediaIds
        let vod = try await account.send("vod.BatchGetMediaInfos", ["MediaIds": .string(listed.joined(separator: ","))])
        #expect(Set(vod.ids("MediaInfos", key: "MediaId")) == Set(listed) && vod.findings.isEmpty)
        let mixed = Array(listed.prefix(16)) + unknown + foreign.prefix(2)
        let partition = try await account.send("vod.BatchGetMediaInfos", ["MediaIds": .string(mixed.joined(separator: ","))])
        #expect(Set(partition.ids("MediaInfos", key: "MediaId")) == Set(listed.prefix(16)))
        #expect(partition.strings("NonExistMediaIds") == unknown && partition.strings("ForbiddenMediaIds") == Array(foreign.prefix(2)))
        let yike = try await account.send("ice.BatchGetYikeAssetMediaInfos", ["MediaIds": .string((listed + unknown + [listed[0]]).joined(separator: ","))])
        #expect(Set(yike.ids("MediaInfos", key: "MediaId")) == Set(listed) && yike.ids("MediaInfos", key: "MediaId").count == 20)
        #expect(yike.strings("IgnoredList") == unknown && yike.findings.isEmpty)
        let huaweiIds = try await account.huaweiIds(count: 10)
        let huawei = try await account.send("huawei.ShowAssetMeta", ["asset_id": .array(huaweiIds.map(JSONValue.string)), "page": "3", "size": "2"])
        // The signed query is in canonical (sorted) order, so only the set of ids can be compared.
        let answered = huawei.ids("asset_info_array", key: "asset_id")
        #expect(Set(answered) == Set(huaweiIds) && answered.count == 10, "page and size are ignored when asset_id is given")
        await account.stop()
    }

    @Test func refusesWhatTheContractForbidsAndAnswersWhatItAllows() async throws {
        let account = try await SyntheticSession.start(seed: "refusals")
        let tooMany = try await account.send("ice.ListMediaBasicInfos", ["MaxResults": "101"])
        #expect(tooMany.status == 400 && tooMany.body["Code"]?.stringValue == "InvalidParameter" && tooMany.findings.isEmpty)
        let most = try await account.send("ice.ListMediaBasicInfos", ["MaxResults": "100"])
        #expect(most.status == 200 && most.ids("MediaInfos", key: "MediaId").count == 100)
        let sizeZero = try await account.send("huawei.ShowAssetMeta", ["size": "0"])
        #expect(sizeZero.status == 400 && sizeZero.body["error_code"]?.stringValue == "VOD.10053" && sizeZero.findings.isEmpty)
        // A token another account issued (this one is from the bundled recordings) is refused, not misread.
        let foreignToken = try await account.send("ice.ListMediaBasicInfos", ["MaxResults": "5", "NextToken": "+waauJV9apRZEeYWMWGQyA=="])
        #expect(foreignToken.status == 400 && foreignToken.body["Code"]?.stringValue == "InvalidParameter")
        await account.stop()
    }

    @Test func theSeedDecidesTheAccountAndNoIdComesFromTheRecordings() throws {
        let one = SyntheticAccount(seed: "synthetic-7"), again = SyntheticAccount(seed: "synthetic-7"), other = SyntheticAccount(seed: "north-2027")
        #expect(one.mediaIds == again.mediaIds && one.huaweiAssetIds == again.huaweiAssetIds)
        #expect(Set(one.mediaIds).isDisjoint(with: other.mediaIds) && Set(one.huaweiAssetIds).isDisjoint(with: other.huaweiAssetIds))
        #expect(one.mediaIds.count >= 100 && one.huaweiAssetIds.count >= 20)
        var recorded = ""
        let root = LiveFixtures.repositoryRoot.appendingPathComponent("cases/recordings").path
        for path in FileManager.default.subpaths(atPath: root) ?? [] where path.hasSuffix(".http") {
            recorded += (try? String(contentsOfFile: "\(root)/\(path)", encoding: .utf8)) ?? ""
        }
        #expect(recorded.count > 10_000)
        let reused = (one.mediaIds + one.huaweiAssetIds + one.referenceIds).filter { recorded.contains($0) }
        #expect(reused.isEmpty, "ids found in the recordings: \(reused)")
        #expect(one.variables.map(\.name) == ["media_ids", "media_id", "reference_ids", "forbidden_media_ids", "huawei_asset_ids", "huawei_category_id"])
    }

    @Test func signaturesAndFaultsStillApply() async throws {
        let plan = FaultPlan(rules: [FaultPlan.Rule(requests: 1...1, kind: .throttle)])
        let account = try await SyntheticSession.start(seed: "faults", plan: plan)
        let retried = try await account.send("ice.ListMediaBasicInfos", [:])
        #expect(retried.status == 200 && retried.findings.isEmpty)
        let throttled = await account.standIn.throttled, requests = await account.standIn.requestCount
        #expect(throttled == 1 && requests == 2, "the throttled first attempt was retried")
        var wrong = LiveFixtures.credentials
        wrong[AlibabaProvider.accessKeySecret] = "not-the-secret"
        let refused = try await account.send("vod.BatchGetMediaInfos", ["MediaIds": "abc"], credentials: wrong)
        #expect(refused.status == 400 && refused.body["Code"]?.stringValue == "IncompleteSignature")
        await account.stop()
    }

    /// The bundled suites, live against a synthetic account. Until the suites are portable (counts as
    /// bounds, ids from captures, replay-only cases skipped) most cases fail here, so this prints the
    /// verdict and asserts only that every case got an answer; after the merge the assertion is
    /// `#expect(verdict.holds, "\(verdict.report)")`.
    @Test func bundledSuitesRunLiveAgainstTheSyntheticAccount() async throws {
        let account = try await SyntheticSession.start(seed: "suites-2027")
        let verdict = try await account.runBundledSuites()
        print(verdict.report)
        #expect(verdict.cases > 50 && verdict.unanswered.isEmpty, "\(verdict.report)")
        #expect(verdict.holds, "\(verdict.report)")
        await account.stop()
    }
}
