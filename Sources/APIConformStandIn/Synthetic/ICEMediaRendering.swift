import APIConformCore

/// An asset as ICE writes it: `MediaBasicInfo` and `FileInfoList`, shared by the listing and the
/// Yike batch get (whose schema is narrower: no CateId, UploadSource or ReferenceId).
struct ICEMediaRendering {
    let asset: SyntheticAsset
    /// The listing's fuller schema (ListMediaBasicInfos) rather than the Yike one.
    let listing: Bool

    var inputURL: String {
        switch asset.source {
        case "vod": return "vod://\(asset.mediaId)"
        case "live": return "https://live-record.example-synthetic.com/\(asset.mediaId).m3u8"
        default: return "https://synthetic-media.oss-cn-shanghai.aliyuncs.com/input/\(asset.title).\(asset.file?.format ?? "mp4")"
        }
    }

    var basicInfo: JSONValue {
        let ready = asset.status != "Preparing"
        let snapshots = (0..<asset.snapshotCount).map { JSONValue.string("https://synthetic-media.oss-cn-shanghai.aliyuncs.com/snapshot/\(asset.mediaId)/\($0).jpg") }
        let visual = asset.mediaType == "video" || asset.mediaType == "image"
        return SyntheticJSON.object([
            ("MediaId", .string(asset.mediaId)),
            ("InputURL", .string(inputURL)),
            ("MediaType", .string(asset.mediaType)),
            ("BusinessType", .string(asset.businessType)),
            ("Source", .string(asset.source)),
            ("Title", .string(asset.title)),
            ("Description", .string(asset.description)),
            ("Category", ready ? .string(asset.category) : nil),
            ("MediaTags", asset.tags.isEmpty ? nil : .string(asset.tags.joined(separator: ","))),
            ("CoverURL", ready && visual ? .string("https://synthetic-media.oss-cn-shanghai.aliyuncs.com/cover/\(asset.mediaId).jpg") : nil),
            ("UserData", .string("{\"owner\":\"synthetic\"}")),
            ("Snapshots", ready && visual ? SyntheticJSON.embedded(.array(snapshots)) : nil),
            ("Status", .string(asset.status)),
            ("TranscodeStatus", .string(asset.status == "Normal" ? "TranscodeSuccess" : "Init")),
            ("CreateTime", SyntheticJSON.time(asset.created)),
            ("ModifiedTime", SyntheticJSON.time(asset.modified)),
            ("SpriteImages", ready && asset.mediaType == "video" ? SyntheticJSON.embedded(.array([SyntheticJSON.object([
                ("SpriteImageUrl", .string("https://synthetic-media.oss-cn-shanghai.aliyuncs.com/sprite/\(asset.mediaId).jpg")),
                ("Count", SyntheticJSON.int(16)),
            ])])) : nil),
            ("CateId", listing && ready ? SyntheticJSON.int(asset.cateId) : nil),
            ("Biz", .string("ICE")),
            ("UploadSource", listing ? .string(asset.source == "vod" ? "vod" : "general") : nil),
            ("ReferenceId", listing ? .string(asset.referenceId) : nil),
        ])
    }

    /// One source file; an empty list when the source could not be read, a partial one while it is read.
    var fileInfoList: JSONValue {
        if let file = asset.file {
            return .array([SyntheticJSON.object([("FileBasicInfo", SyntheticJSON.object([
                ("FileName", .string(file.name)),
                ("FileStatus", .string("Normal")),
                ("FileType", .string("source_file")),
                ("FileSize", .string(String(file.size))),
                ("FileUrl", .string("https://synthetic-media.oss-cn-shanghai.aliyuncs.com/input/\(file.name)")),
                ("Region", .string("cn-shanghai")),
                ("FormatName", .string(file.format)),
                ("Duration", asset.hasStreams ? .string(SyntheticJSON.seconds(file.durationMilliseconds, places: 5)) : nil),
                ("Bitrate", asset.hasStreams ? .string(file.bitrateKbps) : nil),
                ("Width", file.width.map { .string(String($0)) }),
                ("Height", file.height.map { .string(String($0)) }),
                ("CreateTime", listing ? SyntheticJSON.time(file.created) : nil),
                ("ModifiedTime", listing ? SyntheticJSON.time(file.modified) : nil),
            ]))])])
        }
        guard asset.status == "Preparing" else { return .array([]) }
        return .array([SyntheticJSON.object([("FileBasicInfo", SyntheticJSON.object([
            ("FileName", .string("\(asset.title).upload")),
            ("FileStatus", .string("Uploading")),
            ("FileType", .string("source_file")),
            ("Region", .string("cn-shanghai")),
            ("CreateTime", listing ? SyntheticJSON.time(asset.created) : nil),
            ("ModifiedTime", listing ? SyntheticJSON.time(asset.modified) : nil),
        ]))])])
    }
}
