/// One media asset of the synthetic account. The same asset answers as an ICE media asset
/// (ListMediaBasicInfos, BatchGetYikeAssetMediaInfos) and as a VOD media (BatchGetMediaInfos), so the
/// ids a listing shows can feed every batch get.
struct SyntheticAsset: Sendable {
    static let mediaTypes = ["video", "image", "audio", "text"]
    static let businessTypes = ["general", "watermark", "subtitles", "opening", "ending"]
    static let sources = ["oss", "vod", "live", "general"]
    static let statuses = ["Normal", "Init", "Preparing", "PrepareFail"]

    var mediaId: String
    var referenceId: String
    var mediaType: String
    var businessType: String
    var source: String
    var status: String
    var title: String
    var description: String
    var category: String
    var cateId: Int
    var tags: [String]
    /// Seconds since 1970, UTC.
    var created: Int64
    var modified: Int64
    var file: SourceFile?
    var snapshotCount: Int
    var favorite: Bool
    var storageClass: String
    var encrypted: Bool
    var hdr: Bool

    /// The source file; nil while the upload is still being read (Preparing) or when it failed.
    struct SourceFile: Sendable {
        var name: String
        var format: String
        var size: Int64
        var durationMilliseconds: Int64
        var bitrateKbps: String
        var width: Int?
        var height: Int?
        var created: Int64
        var modified: Int64
    }

    var isAudio: Bool { mediaType == "audio" }
    var hasStreams: Bool { mediaType == "video" || mediaType == "audio" }

    /// Generates the `index`-th asset. The first assets are placed so that every documented value of
    /// MediaType, BusinessType, Source and Status occurs in every account, whatever the seed.
    static func make(index: Int, end: Int64, span: Int64, random: inout SeededRandom) -> SyntheticAsset {
        let business = index < 10 ? businessTypes[index % 5]
            : index < 14 ? "general" : random.weighted([("general", 12), ("watermark", 2), ("subtitles", 2), ("opening", 1), ("ending", 1)])
        let type: String
        switch business {
        case "watermark": type = "image"
        case "subtitles": type = "text"
        case "opening", "ending": type = "video"
        default: type = index < 14 ? (index == 5 ? "audio" : "video") : random.weighted([("video", 6), ("audio", 2), ("image", 2)])
        }
        // Text and images come from storage, never from a live stream.
        let source: String
        if index >= 10 && index < 14 {
            source = sources[index % 4]
        } else {
            source = random.weighted([("oss", 6), ("vod", 3), ("live", 1), ("general", 1)])
        }
        let placedSource = (type == "text" || type == "image") && source == "live" ? "oss" : source
        let status = index >= 14 && index < 18 ? statuses[index % 4] : random.weighted([("Normal", 14), ("Init", 1), ("Preparing", 1), ("PrepareFail", 1)])
        let created = end - Int64(random.int(0...Int(span)))
        let modified = created + Int64(random.int(0...86_400 * 20))
        let mediaId = random.hex(32)
        let topics = ["launch", "tutorial", "interview", "campaign", "recap", "demo", "keynote", "promo", "brand", "archive"]
        let topic = random.pick(topics)
        let tags = status == "Preparing" ? [] : Array(Set((0..<random.int(1...3)).map { _ in random.pick(topics) })).sorted()
        var asset = SyntheticAsset(
            mediaId: mediaId, referenceId: "ref-\(random.hex(10))", mediaType: type, businessType: business,
            source: placedSource, status: status,
            title: "\(topic)-\(index + 1)", description: "Synthetic \(type) asset \(index + 1) (\(topic)).",
            category: random.pick(["marketing", "training", "news", "product"]), cateId: random.int(1000...1099),
            tags: tags, created: created, modified: modified, file: nil, snapshotCount: random.int(1...3),
            favorite: random.chance(0.2), storageClass: random.weighted([("Standard", 8), ("IA", 1), ("Archive", 1)]),
            encrypted: random.chance(0.2), hdr: random.chance(0.15))
        if status != "Preparing" && status != "PrepareFail" {
            asset.file = makeFile(for: asset, random: &random)
        }
        return asset
    }

    static func makeFile(for asset: SyntheticAsset, random: inout SeededRandom) -> SourceFile {
        let format: String
        var width: Int?, height: Int?
        var duration: Int64 = 0
        switch asset.mediaType {
        case "video":
            format = "mp4"
            (width, height) = random.pick([(1920, 1080), (1280, 720), (3840, 2160), (720, 1280), (640, 360)])
            duration = Int64(random.int(3_000...900_000))
        case "audio":
            format = "mp3"
            duration = Int64(random.int(10_000...300_000))
        case "image":
            format = "png"
            (width, height) = random.pick([(512, 512), (1024, 256), (200, 80)])
        default:
            format = "srt"
        }
        let created = asset.created + Int64(random.int(0...30))
        return SourceFile(name: "\(asset.title).\(format)", format: format, size: Int64(random.int(2_000...900_000_000)),
                          durationMilliseconds: duration, bitrateKbps: random.decimal(64...8000, places: 2), width: width, height: height,
                          created: created, modified: max(created, asset.modified))
    }
}
