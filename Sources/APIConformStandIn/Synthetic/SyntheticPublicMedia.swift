/// One item of the synthetic account's public media library (ListPublicMediaBasicInfos): a sticker,
/// a piece of background music or a background image, carrying tags of its own kind.
struct SyntheticPublicMedia: Sendable {
    static let tags: [String: [String]] = [
        "sticker": ["sticker-atmosphere", "sticker-bubble", "sticker-cute", "sticker-daily", "sticker-expression", "sticker-gif"],
        "bgm": ["bgm-romantic", "bgm-cuisine", "bgm-chinese-style", "bgm-upbeat", "bgm-dynamic", "bgm-relaxing", "bgm-quirky", "bgm-beauty"],
        "bgi": ["bgi-grad", "bgi-solid", "bgi-pic"],
    ]
    static let businessTypes = ["sticker", "bgm", "bgi"]

    var mediaId: String
    var businessType: String
    var tags: [String]
    var title: String
    var created: Int64
    var modified: Int64
    var size: Int64
    var durationSeconds: Int
    var bitrate: String
    var width: Int?
    var height: Int?

    var mediaType: String { businessType == "bgm" ? "audio" : "image" }
    var format: String { businessType == "bgm" ? "mp3" : businessType == "sticker" ? "gif" : "jpg" }

    /// The first 17 items carry one documented tag each, so every tag has at least one item.
    static func make(index: Int, end: Int64, random: inout SeededRandom) -> SyntheticPublicMedia {
        let everyTag = businessTypes.flatMap { type in (tags[type] ?? []).map { (type, $0) } }
        let (type, first) = index < everyTag.count ? everyTag[index] : {
            let type = random.weighted([("sticker", 3), ("bgm", 3), ("bgi", 2)])
            return (type, random.pick(tags[type] ?? []))
        }()
        var itemTags = [first]
        if random.chance(0.3) {
            let second = random.pick(tags[type] ?? [])
            if second != first { itemTags.append(second) }
        }
        let created = end - Int64(random.int(0...86_400 * 900))
        let audio = type == "bgm"
        let (width, height): (Int?, Int?) = audio ? (nil, nil) : random.pick([(1920, 1080), (1080, 1920), (512, 512), (240, 240)])
        return SyntheticPublicMedia(
            mediaId: "icepublic-\(random.hex(32))", businessType: type, tags: itemTags, title: "\(first)-\(index + 1)",
            created: created, modified: created + Int64(random.int(0...86_400 * 60)),
            size: Int64(random.int(audio ? 200_000...12_000_000 : 4_000...3_000_000)),
            durationSeconds: audio ? random.int(8...240) : (type == "sticker" ? random.int(1...6) : 0),
            bitrate: random.decimal(audio ? 96...320 : 100...9000, places: 2), width: width, height: height)
    }
}
