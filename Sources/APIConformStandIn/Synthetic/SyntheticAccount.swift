import APIConformCore

/// A second provider account for the stand-in: a dataset generated from a seed (different ids,
/// counts, times and pages for every seed), answered semantically — filters, sort order, time
/// windows, paging and batch partitions computed from the data — so a suite that holds here holds
/// for the behaviour the contracts describe, not for one set of recordings.
///
/// `apiconform serve --synthetic-account SEED`; in tests, `StandIn(contracts:answers:verifier:)`.
public struct SyntheticAccount: AnswerSource {
    public let seed: String
    let assets: [SyntheticAsset]
    let publicLibrary: [SyntheticPublicMedia]
    let huaweiAssets: [SyntheticHuaweiAsset]
    let categories: [(id: Int, name: String)]
    /// Ids of another tenant's assets: VOD answers them as forbidden, Yike as ignored.
    public let foreignMediaIds: [String]

    public init(seed: String) {
        self.seed = seed
        var random = SeededRandom(seed: seed, stream: "account")
        // The account's clock: its newest asset is from some day of 2026, its oldest up to ~two years before.
        let end = Int64(1_767_225_600 + random.int(0...300) * 86_400 + random.int(0...86_399))
        let span = Int64(random.int(400...700) * 86_400)
        var assets: [SyntheticAsset] = []
        var seen: Set<String> = []
        for index in 0..<random.int(130...190) {
            var asset = SyntheticAsset.make(index: index, end: end, span: span, random: &random)
            // Two assets created in the same second: sort order must still be stable across pages.
            if index % 37 == 36, let previous = assets.last { asset.created = previous.created; asset.modified = max(asset.modified, asset.created) }
            guard seen.insert(asset.mediaId).inserted else { continue }
            assets.append(asset)
        }
        self.assets = assets
        publicLibrary = (0..<random.int(120...220)).map { SyntheticPublicMedia.make(index: $0, end: end, random: &random) }
        let names = ["Training", "Marketing", "Events", "Product", "Support"]
        categories = names.prefix(random.int(3...5)).map { (id: random.int(100...999), name: $0) }
        let categories = self.categories
        huaweiAssets = (0..<random.int(45...80)).map { SyntheticHuaweiAsset.make(index: $0, end: end, categories: categories, random: &random) }
        foreignMediaIds = (0..<3).map { _ in random.hex(32) }
    }

    public var summary: String {
        "synthetic account '\(seed)': \(assets.count) ICE/VOD assets, \(publicLibrary.count) public library items, \(huaweiAssets.count) Huawei assets"
    }

    /// Ids and values a suite can start from, for `vars:` or a test; every id here exists in the account.
    public var variables: [(name: String, value: String)] {
        let newest = assets.sorted { ($0.created, $0.mediaId) > ($1.created, $1.mediaId) }
        return [
            ("media_ids", newest.prefix(20).map(\.mediaId).joined(separator: ",")),
            ("media_id", newest[0].mediaId),
            ("reference_ids", newest.prefix(20).map(\.referenceId).joined(separator: ",")),
            ("forbidden_media_ids", foreignMediaIds.joined(separator: ",")),
            ("huawei_asset_ids", huaweiAssets.prefix(10).map(\.assetId).joined(separator: ",")),
            ("huawei_category_id", String(categories[0].id)),
        ]
    }

    public var mediaIds: [String] { assets.map(\.mediaId) }
    public var referenceIds: [String] { assets.map(\.referenceId) }
    public var huaweiAssetIds: [String] { huaweiAssets.map(\.assetId) }
    public var huaweiCategoryIds: [Int] { categories.map(\.id) }

    public func answer(_ route: ProviderRoute) -> StandInResponse {
        let request = SyntheticRequest(route)
        let provider = route.contract.provider
        if let refusal = request.refusal {
            let parameter: String
            if case .value(let path) = refusal.path, case .key(let name)? = path.components.first { parameter = name } else { parameter = refusal.path.description }
            return ProviderErrors.invalidParameter(provider: provider, parameter, reason: refusal.message)
        }
        switch route.contract.operation {
        case "ice.ListMediaBasicInfos": return ICEListingAnswer(account: self).answer(request)
        case "ice.ListPublicMediaBasicInfos": return PublicListingAnswer(account: self).answer(request)
        case "ice.BatchGetYikeAssetMediaInfos": return YikeBatchAnswer(account: self).answer(request)
        case "vod.BatchGetMediaInfos": return VODBatchAnswer(account: self).answer(request)
        case "huawei.ShowAssetMeta": return HuaweiListingAnswer(account: self).answer(request)
        default:
            return ProviderErrors.notFound(provider: provider, recording: false,
                                           message: "The synthetic account does not answer \(route.contract.operation)")
        }
    }

    func invalidToken(_ provider: String) -> StandInResponse {
        ProviderErrors.invalidParameter(provider: provider, "NextToken", reason: "this account did not issue it.")
    }
}
