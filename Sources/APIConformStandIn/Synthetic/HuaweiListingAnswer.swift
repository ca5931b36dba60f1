import APIConformCore

/// huawei.ShowAssetMeta from the tenant's assets: up to 10 asset_id (page, size and the window then
/// ignored), or a listing newest first filtered by status, category_id, the start_time/end_time
/// window (both bounds closed), tags, query_string and assetStatus, paged from page 0.
struct HuaweiListingAnswer {
    let account: SyntheticAccount

    func answer(_ request: SyntheticRequest) -> StandInResponse {
        let ids = request.list("asset_id", separator: nil)
        if !ids.isEmpty {
            var seen: Set<String> = []
            // An id the tenant does not have is listed with status NO_ASSET ("The media asset does not exist"), as the service does.
            let items = ids.filter { seen.insert($0).inserted }.map { id in
                account.huaweiAssets.first { $0.assetId == id }.map(render) ?? SyntheticJSON.object([
                    ("asset_id", .string(id)), ("status", .string("NO_ASSET")), ("description", .string("The media asset does not exist")),
                ])
            }
            return body(items, total: items.count, truncated: false)
        }
        let statuses = request.list("status", separator: nil)
        let published = request.list("assetStatus", separator: nil)
        let category = request.text("category_id").flatMap { Int($0) }
        let start = request.text("start_time").flatMap(TimeFormat.compactUTC.seconds)
        let end = request.text("end_time").flatMap(TimeFormat.compactUTC.seconds)
        let tags = request.list("tags")
        let query = request.text("query_string")?.lowercased()
        let matching = account.huaweiAssets.filter { asset in
            (statuses.isEmpty || statuses.contains(asset.status))
                && (published.isEmpty || published.contains(asset.status == "PUBLISHED" ? "PUBLISHED" : "CREATED"))
                && category.map { $0 == asset.categoryId } ?? true
                && start.map { asset.created >= $0 } ?? true && end.map { asset.created <= $0 } ?? true
                && (tags.isEmpty || tags.contains { asset.tags.contains($0) })
                && query.map { asset.title.lowercased().contains($0) || asset.description.lowercased().contains($0) } ?? true
        }.sorted { ($0.created, $0.assetId) > ($1.created, $1.assetId) }
        let size = request.integer("size") ?? 10, page = request.integer("page") ?? 0
        let items = matching.dropFirst(page * size).prefix(size).map(render)
        return body(items, total: matching.count, truncated: (page + 1) * size < matching.count)
    }

    func body(_ items: [JSONValue], total: Int, truncated: Bool) -> StandInResponse {
        SyntheticJSON.response(200, SyntheticJSON.object([
            ("asset_info_array", .array(items)),
            ("is_truncated", SyntheticJSON.int(truncated ? 1 : 0)),
            ("total", SyntheticJSON.int(min(total, 20_000))),
        ]))
    }

    func render(_ asset: SyntheticHuaweiAsset) -> JSONValue {
        let bucket = "vod-synthetic-\(asset.assetId.prefix(6))"
        let object = "asset/\(asset.assetId)/source.\(asset.audio ? "mp3" : "mp4")"
        let baseInfo = SyntheticJSON.object([
            ("title", .string(asset.title)),
            ("video_name", .string(asset.audio ? "\(asset.title).mp3" : "\(asset.title).mp4")),
            ("description", .string(asset.description)),
            ("category_id", SyntheticJSON.int(asset.categoryId)),
            ("category_name", .string(asset.categoryName)),
            ("create_time", SyntheticJSON.time(asset.created, .compactUTC)),
            ("last_modified", SyntheticJSON.time(asset.modified, .compactUTC)),
            ("video_type", .string(asset.audio ? "MP3" : "MP4")),
            ("tags", .string(asset.tags.joined(separator: ","))),
            ("meta_data", metaData(asset, size: asset.size, height: asset.height, bitrate: asset.bitrate)),
            ("video_url", .string("https://\(bucket).obs.cn-north-4.myhuaweicloud.com/\(object)")),
            ("cover_info_array", asset.audio ? nil : .array([SyntheticJSON.object([
                ("cover_url", .string("https://vod-synthetic.example-cdn.com/\(asset.assetId)/cover.jpg")),
            ])])),
            ("subtitle_info", asset.subtitles == 0 ? nil : .array((0..<asset.subtitles).map { index in SyntheticJSON.object([
                ("url", .string("https://vod-synthetic.example-cdn.com/\(asset.assetId)/subtitle\(index).\(index == 0 ? "srt" : "vtt")")),
                ("id", SyntheticJSON.int(index + 1)),
                ("type", .string(index == 0 ? "SRT" : "VTT")),
                ("language", .string(index == 0 ? "CN" : "EN")),
            ]) })),
            ("source_path", SyntheticJSON.object([("bucket", .string(bucket)), ("location", .string("cn-north-4")), ("object", .string(object))])),
            ("output_path", asset.transcoded ? SyntheticJSON.object([
                ("bucket", .string(bucket)), ("location", .string("cn-north-4")), ("object", .string("asset/\(asset.assetId)/output")),
            ]) : nil),
        ])
        return SyntheticJSON.object([
            ("asset_id", .string(asset.assetId)),
            ("is_multi_transcode", .bool(false)),
            ("status", .string(asset.status)),
            ("description", .string(asset.transcoded ? "transcoded" : asset.status.lowercased())),
            ("base_info", baseInfo),
            ("play_info_array", asset.transcoded ? .array(playInfos(asset)) : nil),
        ])
    }

    /// HLS and DASH list an index entry before the n renditions; MP4 lists only the renditions.
    func playInfos(_ asset: SyntheticHuaweiAsset) -> [JSONValue] {
        let heights = asset.audio ? [0] : [480, 720, 1080].filter { $0 <= asset.height }.ifEmpty([asset.height])
        let extension_ = ["hls": "m3u8", "dash": "mpd", "mp4": "mp4"][asset.playType] ?? "mp4"
        var entries: [(name: String, height: Int)] = heights.map { ("\($0)p", $0) }
        if asset.playType != "mp4" { entries.insert(("index", heights.last ?? 0), at: 0) }
        return entries.map { entry in
            SyntheticJSON.object([
                ("play_type", .string(asset.playType)),
                ("group_id", .string("group-\(asset.assetId.prefix(8))")),
                ("group_name", .string("synthetic-\(asset.playType)")),
                ("url", .string("https://vod-synthetic.example-cdn.com/\(asset.assetId)/\(entry.name).\(extension_)")),
                ("encrypted", SyntheticJSON.int(asset.encrypted && asset.playType == "hls" ? 1 : 0)),
                ("meta_data", metaData(asset, size: asset.size / 3, height: entry.height, bitrate: entry.height * 2_000)),
            ])
        }
    }

    /// `hight` repeats `height`; `duration` is ⌊duration_ms / 1000⌋ and at least 1.
    func metaData(_ asset: SyntheticHuaweiAsset, size: Int64, height: Int, bitrate: Int) -> JSONValue {
        let video = !asset.audio && height > 0
        let width = video ? (height * asset.width / max(asset.height, 1)) / 2 * 2 : 0
        return SyntheticJSON.object([
            ("pack_type", .string(asset.audio ? "MP3" : asset.playType == "mp4" ? "MP4" : asset.playType == "hls" ? "HLS" : "DASH")),
            ("codec", .string(asset.audio ? "AAC" : "H.264")),
            ("duration", SyntheticJSON.int(max(1, asset.durationMilliseconds / 1000))),
            ("duration_ms", SyntheticJSON.int(asset.durationMilliseconds)),
            ("video_size", SyntheticJSON.int(size)),
            ("width", video ? SyntheticJSON.int(width) : nil),
            ("hight", video ? SyntheticJSON.int(height) : nil),
            ("height", video ? SyntheticJSON.int(height) : nil),
            ("bit_rate", SyntheticJSON.int(bitrate)),
            ("frame_rate", video ? SyntheticJSON.int(asset.frameRate) : nil),
            ("quality", video ? .string(height >= 2160 ? "4K" : height >= 1080 ? "FULL_HD" : height >= 720 ? "HD" : "SD") : nil),
            ("audio_channels", SyntheticJSON.int(2)),
        ])
    }
}

extension Array {
    func ifEmpty(_ fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}
