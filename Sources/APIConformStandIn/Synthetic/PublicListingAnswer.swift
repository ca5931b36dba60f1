import APIConformCore

/// ice.ListPublicMediaBasicInfos from the public library: MediaTagId (items that carry the tag) and
/// BusinessType filters, newest first; token paging (NextToken/MaxResults), or page paging from 1
/// when PageNo or PageSize is sent.
struct PublicListingAnswer {
    let account: SyntheticAccount

    func answer(_ request: SyntheticRequest) -> StandInResponse {
        let tag = request.text("MediaTagId"), type = request.text("BusinessType")
        let matching = account.publicLibrary
            .filter { item in tag.map { item.tags.contains($0) } ?? true && type.map { $0 == item.businessType } ?? true }
            .sorted { ($0.created, $0.mediaId) > ($1.created, $1.mediaId) }
        let pageStyle = request.sent("PageNo") || request.sent("PageSize")
        let tokens = PageToken(seed: account.seed, operation: request.contract.operation)
        let size: Int, offset: Int
        if pageStyle {
            size = request.integer("PageSize") ?? 10
            offset = ((request.integer("PageNo") ?? 1) - 1) * size
        } else {
            size = request.integer("MaxResults") ?? 10
            if let token = request.text("NextToken") {
                guard let decoded = tokens.offset(token) else { return account.invalidToken(AlibabaProvider.name) }
                offset = decoded
            } else {
                offset = 0
            }
        }
        let files = request.flag("IncludeFileBasicInfo")
        let items = matching.dropFirst(offset).prefix(size).map { render($0, files: files) }
        let next = !pageStyle && offset + size < matching.count ? tokens.token(offset: offset + size) : nil
        return SyntheticJSON.response(200, SyntheticJSON.object([
            ("RequestId", .string(request.requestID(seed: account.seed))),
            ("TotalCount", SyntheticJSON.int(matching.count)),
            ("MediaInfos", .array(items)),
            ("NextToken", SyntheticJSON.string(next)),
            ("MaxResults", pageStyle ? nil : SyntheticJSON.int(size)),
        ]))
    }

    func render(_ item: SyntheticPublicMedia, files: Bool) -> JSONValue {
        let base = "https://ice-public-media.oss-cn-shanghai.aliyuncs.com/\(item.businessType)/\(item.mediaId)"
        let basic = SyntheticJSON.object([
            ("MediaId", .string(item.mediaId)),
            ("InputURL", .string("\(base).\(item.format)")),
            ("MediaType", .string(item.mediaType)),
            ("BusinessType", .string(item.businessType)),
            ("Source", .string("oss")),
            ("Title", .string(item.title)),
            ("Description", .string("")),
            ("Category", .string(item.businessType)),
            ("MediaTags", .string(item.tags.joined(separator: ","))),
            ("CoverURL", .string("\(base).cover.jpg")),
            ("Snapshots", SyntheticJSON.embedded(.array(item.mediaType == "image" ? [.string("\(base).jpg")] : []))),
            ("Status", .string("Normal")),
            ("TranscodeStatus", .string("Init")),
            ("CreateTime", SyntheticJSON.time(item.created)),
            ("ModifiedTime", SyntheticJSON.time(item.modified)),
        ])
        let file = SyntheticJSON.object([("FileBasicInfo", SyntheticJSON.object([
            ("FileName", .string("\(item.mediaId).\(item.format)")),
            ("FileStatus", .string("Normal")),
            ("FileType", .string("source_file")),
            ("FileSize", .string(String(item.size))),
            ("FileUrl", .string("\(base).\(item.format)")),
            ("Region", .string("cn-shanghai")),
            ("FormatName", .string(item.format)),
            ("Duration", item.durationSeconds > 0 ? .string("\(item.durationSeconds).000000") : nil),
            ("Bitrate", .string(item.bitrate)),
            ("Width", item.width.map { .string(String($0)) }),
            ("Height", item.height.map { .string(String($0)) }),
        ]))])
        return SyntheticJSON.object([
            ("MediaId", .string(item.mediaId)),
            ("MediaBasicInfo", basic),
            ("FileInfoList", files ? .array([file]) : nil),
        ])
    }
}
