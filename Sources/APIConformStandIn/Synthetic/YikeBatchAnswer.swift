import APIConformCore

/// ice.BatchGetYikeAssetMediaInfos from the dataset: each requested id once, found ones in
/// MediaInfos (in request order), the rest in IgnoredList.
struct YikeBatchAnswer {
    let account: SyntheticAccount

    func answer(_ request: SyntheticRequest) -> StandInResponse {
        var found: [JSONValue] = []
        var ignored: [String] = []
        var seen: Set<String> = []
        for id in request.list("MediaIds") where seen.insert(id).inserted {
            guard let asset = account.assets.first(where: { $0.mediaId == id }) else {
                ignored.append(id)
                continue
            }
            let rendering = ICEMediaRendering(asset: asset, listing: false)
            found.append(SyntheticJSON.object([
                ("MediaId", .string(asset.mediaId)),
                ("MediaBasicInfo", rendering.basicInfo),
                ("FileInfoList", rendering.fileInfoList),
                ("BizData", bizData(asset)),
            ]))
        }
        return SyntheticJSON.response(200, SyntheticJSON.object([
            ("RequestId", .string(request.requestID(seed: account.seed))),
            ("MediaInfos", .array(found)),
            ("IgnoredList", SyntheticJSON.strings(ignored)),
        ]))
    }

    func bizData(_ asset: SyntheticAsset) -> JSONValue {
        let subtype = ["video": "Video", "audio": "Audio", "image": "Image", "text": "Text"][asset.mediaType] ?? "Video"
        return SyntheticJSON.object([
            ("FolderId", .string("folder-\(asset.cateId)")),
            ("AuditStatus", .string(asset.status == "Normal" ? "pass" : "auditing")),
            ("MediaAssetType", .string(asset.source == "vod" ? "HistoricalUpload" : "Upload")),
            ("MediaAssetSubType", .string(subtype)),
            ("SourceType", .string("MainBody")),
            ("SourceId", .string(String(asset.mediaId.prefix(12)))),
            ("SourceName", .string(asset.title)),
            ("IsFavorite", .string(asset.favorite ? "1" : "0")),
            ("IsLogicalDeleted", .string("0")),
        ])
    }
}
