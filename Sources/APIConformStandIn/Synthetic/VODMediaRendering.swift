import APIConformCore

/// An asset as VOD writes it: MediaInfo, MezzanineInfo with its streams, and PlayInfoList — with
/// the type changes VOD really has (Width an integer in MezzanineInfo, a string in VideoStreamList).
struct VODMediaRendering {
    let asset: SyntheticAsset

    /// VOD's media status for the ICE one.
    var status: String {
        switch asset.status {
        case "Preparing": return asset.hasStreams ? "Transcoding" : "Uploading"
        case "PrepareFail": return "UploadFail"
        case "Init": return "UploadSucc"
        default: return "Normal"
        }
    }

    var seconds: String { SyntheticJSON.seconds(asset.file?.durationMilliseconds ?? 0, places: 3) }

    var item: JSONValue {
        SyntheticJSON.object([
            ("MediaId", .string(asset.mediaId)),
            ("MediaInfo", mediaInfo),
            ("MezzanineInfo", mezzanine),
            ("PlayInfoList", status == "Normal" && asset.hasStreams ? .array(playInfos) : nil),
        ])
    }

    var mediaInfo: JSONValue {
        let cdn = "https://vod-synthetic.example-cdn.com/\(asset.mediaId)"
        let archived = asset.storageClass == "Archive"
        return SyntheticJSON.object([
            ("StorageLocation", .string("outin-\(asset.mediaId.prefix(12)).oss-cn-shanghai.aliyuncs.com")),
            ("CreationTime", SyntheticJSON.time(asset.created)),
            ("Status", .string(status)),
            ("CateId", SyntheticJSON.int(asset.cateId)),
            ("MediaId", .string(asset.mediaId)),
            ("DownloadSwitch", .string(asset.favorite ? "off" : "on")),
            ("Tags", asset.tags.isEmpty ? nil : .string(asset.tags.joined(separator: ","))),
            ("ModificationTime", SyntheticJSON.time(asset.modified)),
            ("CateName", .string(asset.category)),
            ("Description", .string(asset.description)),
            ("AppId", .string("app-1000000")),
            ("CoverURL", status == "Normal" ? .string("\(cdn)/cover.jpg") : nil),
            ("TemplateGroupId", .string("0e408ab0fa04a7b4c1f5b4ea3a0d4c1e")),
            ("Title", .string(asset.title)),
            ("Snapshots", status == "Normal" ? .array((0..<asset.snapshotCount).map { .string("\(cdn)/snapshot/\($0).jpg") }) : nil),
            ("StorageClass", .string(asset.storageClass)),
            ("RestoreStatus", archived ? .string("Success") : nil),
            ("RestoreExpiration", archived ? SyntheticJSON.time(asset.modified + 86_400 * 7) : nil),
            ("UserData", .string("{\"Extend\":\"\(asset.category)\"}")),
            ("ReferenceId", .string(asset.referenceId)),
        ])
    }

    var mezzanine: JSONValue {
        guard let file = asset.file else {
            return SyntheticJSON.object([
                ("CreationTime", SyntheticJSON.time(asset.created)),
                ("Status", .string(asset.status == "PrepareFail" ? "UploadFail" : "Uploading")),
                ("MediaId", .string(asset.mediaId)),
                ("FileName", .string("\(asset.title).upload")),
            ])
        }
        let video = asset.mediaType == "video"
        return SyntheticJSON.object([
            ("CreationTime", SyntheticJSON.time(file.created)),
            ("Status", .string("Normal")),
            ("FileURL", .string("https://synthetic-media.oss-cn-shanghai.aliyuncs.com/input/\(file.name)")),
            ("MediaId", .string(asset.mediaId)),
            ("Height", SyntheticJSON.int(file.height)),
            ("Bitrate", asset.hasStreams ? .string(file.bitrateKbps) : nil),
            ("FileName", .string(file.name)),
            ("Width", SyntheticJSON.int(file.width)),
            ("Size", SyntheticJSON.int(file.size)),
            ("Duration", asset.hasStreams ? .string(seconds) : nil),
            ("Fps", video ? .string("25.0000") : nil),
            ("AudioStreamList", asset.hasStreams ? .array([audioStream]) : nil),
            ("VideoStreamList", video ? .array([videoStream(file)]) : nil),
            ("FileMD5", .string(String(asset.mediaId.reversed()))),
        ])
    }

    var audioStream: JSONValue {
        SyntheticJSON.object([
            ("Index", .string("0")),
            ("Timebase", .string("0.000023")),
            ("SampleFmt", .string("fltp")),
            ("SampleRate", .string("44100")),
            ("ChannelLayout", .string(asset.favorite ? "mono" : "stereo")),
            ("Lang", .string("und")),
            ("CodecLongName", .string("AAC (Advanced Audio Coding)")),
            ("Channels", .string(asset.favorite ? "1" : "2")),
            ("NumFrames", .string(String((asset.file?.durationMilliseconds ?? 0) * 43 / 1000))),
            ("Bitrate", .string("128.000")),
            ("CodecTagString", .string("mp4a")),
            ("CodecName", .string("aac")),
            ("Duration", .string(seconds)),
            ("CodecTag", .string("0x6134706d")),
            ("CodecTimeBase", .string("1/44100")),
        ])
    }

    func videoStream(_ file: SyntheticAsset.SourceFile) -> JSONValue {
        SyntheticJSON.object([
            ("Timebase", .string("0.000040")),
            ("Index", .string("1")),
            ("AvgFPS", .string("25.0")),
            ("PixFmt", .string(asset.hdr ? "yuv420p10le" : "yuv420p")),
            ("Lang", .string("und")),
            ("Sar", .string("1:1")),
            ("Height", .string(String(file.height ?? 0))),
            ("CodecLongName", .string("H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10")),
            ("NumFrames", .string(String(file.durationMilliseconds * 25 / 1000))),
            ("Bitrate", .string(file.bitrateKbps)),
            ("Rotate", .string((file.height ?? 0) > (file.width ?? 0) ? "90" : "0")),
            ("CodecTagString", .string("avc1")),
            ("HasBFrames", .string("2")),
            ("Profile", .string("High")),
            ("Dar", .string((file.width ?? 0) >= (file.height ?? 0) ? "16:9" : "9:16")),
            ("CodecName", .string("h264")),
            ("Width", .string(String(file.width ?? 0))),
            ("Duration", .string(seconds)),
            ("Fps", .string("25.0")),
            ("CodecTag", .string("0x31637661")),
            ("CodecTimeBase", .string("1/50")),
            ("Level", .string("40")),
            ("HDRType", asset.hdr ? .string("HDR10") : nil),
        ])
    }

    /// One stream per definition: video renditions (mp4, or m3u8 when encrypted), or one mp3 for audio.
    var playInfos: [JSONValue] {
        guard let file = asset.file else { return [] }
        let created = file.modified
        let renditions: [(definition: String, height: Int, kbps: Int)] = asset.isAudio
            ? [("SQ", 0, 128)] : [("LD", 360, 400), ("SD", 540, 900), ("HD", 720, 1500)]
        return renditions.enumerated().map { index, rendition in
            let width = asset.isAudio ? nil : rendition.height * (file.width ?? 16) / max(file.height ?? 9, 1)
            let format = asset.isAudio ? "mp3" : asset.encrypted ? "m3u8" : "mp4"
            let bytes = file.durationMilliseconds * Int64(rendition.kbps) / 8
            return SyntheticJSON.object([
                ("CreationTime", SyntheticJSON.time(created + Int64(index) * 60)),
                ("Status", .string("Normal")),
                ("Specification", .string(asset.isAudio ? "AUDIO.SQ" : "H264.\(rendition.definition)")),
                ("NarrowBandType", .string("0")),
                ("Height", asset.isAudio ? nil : SyntheticJSON.int(rendition.height)),
                ("Bitrate", .string("\(rendition.kbps).000")),
                ("ModificationTime", SyntheticJSON.time(created + Int64(index) * 60 + 5)),
                ("Encrypt", SyntheticJSON.int(asset.encrypted && !asset.isAudio ? 1 : 0)),
                ("Definition", .string(rendition.definition)),
                ("EncryptType", asset.encrypted && !asset.isAudio ? .string("HLSEncryption") : nil),
                ("StreamType", .string(asset.isAudio ? "audio" : "video")),
                ("JobId", .string(String(asset.mediaId.reversed()).prefix(28) + "job\(index)")),
                ("Size", SyntheticJSON.int(bytes)),
                ("Width", SyntheticJSON.int(width)),
                ("Fps", asset.isAudio ? nil : .string("25")),
                ("Duration", .string(seconds)),
                ("PlayURL", .string("https://vod-synthetic.example-cdn.com/\(asset.mediaId)/\(rendition.definition.lowercased()).\(format)")),
                ("Format", .string(format)),
                ("HDRType", asset.hdr && !asset.isAudio ? .string("HDR10") : nil),
                ("BitDepth", asset.isAudio ? nil : SyntheticJSON.int(asset.hdr ? 10 : 8)),
                ("CodecName", .string(asset.isAudio ? "mp3" : "h264")),
                ("TemplateId", .string("\(rendition.definition.lowercased())0a1b2c3d4e5f60718293a4b5c6d7e")),
                ("TemplateGroupId", .string("0e408ab0fa04a7b4c1f5b4ea3a0d4c1e")),
            ])
        }
    }
}
