import APIConformCore

/// ice.ListMediaBasicInfos from the dataset: exact-match filters, the StartTime (open) / EndTime
/// (closed) window on CreateTime, SortBy on CreateTime (desc by default), NextToken paging.
struct ICEListingAnswer {
    let account: SyntheticAccount

    func answer(_ request: SyntheticRequest) -> StandInResponse {
        let filters: [(String, (SyntheticAsset) -> String)] = [
            ("MediaType", \.mediaType), ("BusinessType", \.businessType), ("Source", \.source), ("Status", \.status), ("MediaId", \.mediaId),
        ]
        let start = request.text("StartTime").flatMap(TimeFormat.iso8601UTC.seconds)
        let end = request.text("EndTime").flatMap(TimeFormat.iso8601UTC.seconds)
        var matching = account.assets.filter { asset in
            filters.allSatisfy { name, field in request.text(name).map { $0 == field(asset) } ?? true }
                && start.map { asset.created > $0 } ?? true && end.map { asset.created <= $0 } ?? true
        }
        // Ties on CreateTime are broken by MediaId, so pages never overlap or skip.
        matching.sort { ($0.created, $0.mediaId) < ($1.created, $1.mediaId) }
        if request.text("SortBy") != "asc" { matching.reverse() }
        let tokens = PageToken(seed: account.seed, operation: request.contract.operation)
        var offset = 0
        if let token = request.text("NextToken") {
            guard let decoded = tokens.offset(token) else { return account.invalidToken(AlibabaProvider.name) }
            offset = decoded
        }
        let size = request.integer("MaxResults") ?? 10
        let page = matching.dropFirst(offset).prefix(size)
        let files = request.flag("IncludeFileBasicInfo")
        let items: [JSONValue] = page.map { asset in
            let rendering = ICEMediaRendering(asset: asset, listing: true)
            return SyntheticJSON.object([
                ("MediaId", .string(asset.mediaId)),
                ("MediaBasicInfo", rendering.basicInfo),
                ("FileInfoList", files ? rendering.fileInfoList : nil),
            ])
        }
        let next = offset + size < matching.count ? tokens.token(offset: offset + size) : nil
        return SyntheticJSON.response(200, SyntheticJSON.object([
            ("RequestId", .string(request.requestID(seed: account.seed))),
            ("TotalCount", SyntheticJSON.int(matching.count)),
            ("MediaInfos", .array(items)),
            ("NextToken", SyntheticJSON.string(next)),
            ("MaxResults", SyntheticJSON.int(size)),
        ]))
    }
}
