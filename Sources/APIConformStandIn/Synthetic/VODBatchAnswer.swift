import APIConformCore

/// vod.BatchGetMediaInfos from the dataset: assets found by MediaIds or ReferenceIds (each once),
/// the other requested ids split into NonExistMediaIds, ForbiddenMediaIds (another tenant's assets)
/// and NonExistReferenceIds.
struct VODBatchAnswer {
    let account: SyntheticAccount

    func answer(_ request: SyntheticRequest) -> StandInResponse {
        var found: [SyntheticAsset] = []
        var foundIds: Set<String> = []
        var missing: [String] = [], forbidden: [String] = [], missingReferences: [String] = []
        var seen: Set<String> = []
        for id in request.list("MediaIds") where seen.insert(id).inserted {
            if let asset = account.assets.first(where: { $0.mediaId == id }) {
                if foundIds.insert(asset.mediaId).inserted { found.append(asset) }
            } else if account.foreignMediaIds.contains(id) {
                forbidden.append(id)
            } else {
                missing.append(id)
            }
        }
        seen = []
        for reference in request.list("ReferenceIds") where seen.insert(reference).inserted {
            if let asset = account.assets.first(where: { $0.referenceId == reference }) {
                if foundIds.insert(asset.mediaId).inserted { found.append(asset) }
            } else {
                missingReferences.append(reference)
            }
        }
        let byIds = request.sent("MediaIds"), byReferences = request.sent("ReferenceIds")
        return SyntheticJSON.response(200, SyntheticJSON.object([
            ("RequestId", .string(request.requestID(seed: account.seed))),
            ("NonExistMediaIds", byIds ? SyntheticJSON.strings(missing) : nil),
            ("NonExistReferenceIds", byReferences ? SyntheticJSON.strings(missingReferences) : nil),
            ("ForbiddenMediaIds", byIds ? SyntheticJSON.strings(forbidden) : nil),
            ("MediaInfos", .array(found.map { VODMediaRendering(asset: $0).item })),
        ]))
    }
}
