/// One media asset of the synthetic account's Huawei VOD tenant (ShowAssetMeta).
struct SyntheticHuaweiAsset: Sendable {
    /// Statuses a listing may filter for and an asset may have (the request's set, answered as such).
    static let statuses = ["PUBLISHED", "TRANSCODE_SUCCEED", "CREATED", "TRANSCODING", "TRANSCODE_FAILED", "UPLOAD_FAILED", "CREATING"]

    var assetId: String
    var status: String
    var title: String
    var description: String
    var categoryId: Int
    var categoryName: String
    var tags: [String]
    /// Seconds since 1970, UTC.
    var created: Int64
    var modified: Int64
    var audio: Bool
    var durationMilliseconds: Int64
    var size: Int64
    var width: Int
    var height: Int
    var bitrate: Int
    var frameRate: Int
    var playType: String
    var encrypted: Bool
    var subtitles: Int

    var transcoded: Bool { status == "PUBLISHED" || status == "TRANSCODE_SUCCEED" }

    /// The first assets are placed so that every status and every category occurs in every account.
    static func make(index: Int, end: Int64, categories: [(id: Int, name: String)], random: inout SeededRandom) -> SyntheticHuaweiAsset {
        let status = index < statuses.count ? statuses[index] : random.weighted([("PUBLISHED", 10), ("TRANSCODE_SUCCEED", 3), ("CREATED", 2), ("TRANSCODING", 1), ("TRANSCODE_FAILED", 1), ("UPLOAD_FAILED", 1), ("CREATING", 1)])
        let category = index < categories.count ? categories[index] : random.pick(categories)
        let audio = random.chance(0.2)
        let created = end - Int64(random.int(0...86_400 * 500))
        let (width, height) = random.pick([(1920, 1080), (1280, 720), (3840, 2160), (854, 480), (720, 1280)])
        let topic = random.pick(["onboarding", "release", "webinar", "safety", "sales", "support"])
        return SyntheticHuaweiAsset(
            assetId: random.hex(32), status: status, title: "\(topic) \(index + 1)", description: "Synthetic \(audio ? "audio" : "video") asset \(index + 1) about \(topic).",
            categoryId: category.id, categoryName: category.name,
            tags: Array(Set([topic, random.pick(["2025", "2026", "internal", "public"])])).sorted(),
            created: created, modified: created + Int64(random.int(0...86_400 * 30)), audio: audio,
            durationMilliseconds: Int64(random.int(400...1_800_000)), size: Int64(random.int(100_000...2_000_000_000)),
            width: width, height: height, bitrate: random.int(300_000...8_000_000), frameRate: random.pick([24, 25, 30, 60]),
            playType: random.pick(["hls", "dash", "mp4"]), encrypted: random.chance(0.2), subtitles: random.int(0...2))
    }
}
