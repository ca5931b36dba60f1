// Generated from cases/contracts by EmbeddedContractsTests; do not edit.
// Regenerate: APICONFORM_RECORD_GOLDENS=1 swift test --filter EmbeddedContractsTests

/// The shipped contracts, used when neither --contracts, $APICONFORM_CONTRACTS nor ./cases/contracts is there.
enum EmbeddedContracts {
    static let files: [(name: String, text: String)] = [
        ("huawei.ShowAssetMeta.yaml", ##"""
# yaml-language-server: $schema=../../schemas/contract.schema.json
# Huawei Cloud VOD — Querying Media Assets (ShowAssetMeta), GET /v1.0/{project_id}/asset/info.
# Source: shared/api-docs/huawei-vod-ShowAssetMeta.txt ("Updated on 2026-01-16 GMT+08:00").
# Every `doc:` quotes the sentence the rule comes from. Decisions the doc leaves open are marked DECISION.
#
# Not declared as request parameters: project_id is a path parameter (Table 1, bound in http.path);
# X-Auth-Token, Authorization and X-Sdk-Date are headers (Table 3) that the huawei provider module
# signs and recordings redact. `request:` lists the query parameters of Table 2, all of them.
#
# TODO(engine): the pattern rule anchors with `^(?:…)$`, and ICU's `$` also matches before a final
# line terminator; patterns here end in `\z` (absolute end of input) until the rule does it itself.
operation: huawei.ShowAssetMeta
provider: huawei
doc: huawei-vod-ShowAssetMeta.txt
http: {method: GET, path: "/v1.0/{project_id}/asset/info"}

request:
  # Repeated in the query (asset_id=a&asset_id=b); a case writes it as a YAML list.
  # TODO(engine): "page/size/start_time/end_time are invalid when asset_id is specified" is a
  # mutual exclusion the request side cannot state; the response invariants skip them instead.
  asset_id:
    type: array
    max_items: 10
    doc: "Media asset IDs. A maximum of 10 media assets can be queried at a time."
    items: {type: string, doc: "Media asset IDs."}
  status:
    type: array
    doc: "Media asset status."
    items:
      type: string
      enum: [UNCREATED, DELETED, CANCELLED, SERVER_ERROR, UPLOAD_FAILED, CREATING, PUBLISHED, TRANSCODING, TRANSCODE_FAILED, TRANSCODE_SUCCEED, CREATED]
      doc: "Media asset status. The options include: UNCREATED, DELETED, CANCELLED, SERVER_ERROR, UPLOAD_FAILED, CREATING, PUBLISHED, TRANSCODING, TRANSCODE_FAILED, TRANSCODE_SUCCEED, CREATED."
  transcodeStatus:
    type: array
    doc: "Transcoding status."
    items:
      type: string
      enum: [TRANSCODING, TRANSCODE_FAILED, TRANSCODE_SUCCEED, UN_TRANSCODE, WAITING_TRANSCODE]
      doc: "Transcoding status. The options include: TRANSCODING, TRANSCODE_FAILED, TRANSCODE_SUCCEED, UN_TRANSCODE, WAITING_TRANSCODE."
  assetStatus:
    type: array
    doc: "Media asset status."
    items:
      type: string
      enum: [PUBLISHED, CREATED]
      doc: "Media asset status. The options include: PUBLISHED: The media asset has been published. CREATED: The media asset has not been published."
  start_time:
    type: string
    time_format: yyyymmddhhmmss
    doc: "Start time. This parameter is invalid when asset_id is specified. The format is yyyymmddhhmmss. The value must be a UTC time, without reference to any time zone."
  end_time:
    type: string
    time_format: yyyymmddhhmmss
    doc: "End time. This parameter is invalid when asset_id is specified. The format is yyyymmddhhmmss. The value must be a UTC time, without reference to any time zone."
  category_id: {type: integer, doc: "Category ID. (Integer)"}
  tags:
    type: string
    delimited: {separator: ",", max_items: 16, max_item_length: 24}
    doc: "Each tag contains up to 24 characters and up to 16 tags are allowed. Use commas (,) to separate tags."
  query_string: {type: string, doc: "String for fuzzy search in media asset titles and descriptions."}
  # DECISION: pages are numbered from 0 ("The default value is 0"), so a negative page is out of range.
  page:
    type: integer
    minimum: 0
    default: 0
    doc: "Page number. If this parameter is not specified or is set to null, the data on the first page will be queried by default. The default value is 0."
  size:
    type: integer
    minimum: 1
    maximum: 100
    default: 10
    doc: "Number of records on each page. Value range: 1 to 100 Default value: 10"

response:
  fields:
    # page and size are "invalid when asset_id is specified", so the cap bound to size gives way then
    # to the asset_id cap: "A maximum of 10 media assets can be queried at a time".
    asset_info_array:
      type: array
      max_items: {param: size, ignored_when: [asset_id], then: 10}
      doc: "Media asset information. (size: Number of records on each page. Default value: 10. This parameter is invalid when asset_id is specified. asset_id: A maximum of 10 media assets can be queried at a time.)"
      items:
        type: object
        fields:
          # DECISION: asset ids are 32 lower-case hex digits in every example the doc gives
          # (652c1e4085afeb22fdc256c6757d751b); the doc does not say so in words, hence suspicious.
          # Required except on an UNCREATED asset, which "has not yet been created, so no asset ID is
          # available" (the conditional_presence invariant below).
          asset_id:
            type: string
            pattern: '[0-9a-f]{32}\z'
            severity: suspicious
            doc: "Media asset ID assigned by VOD. It can only be queried but cannot be modified. (example: 652c1e4085afeb22fdc256c6757d751b)"
          is_multi_transcode: {type: boolean, doc: "Whether there are multiple transcoding modes. (Boolean)"}
          # The response set is larger than the request's: WAITING_TRANSCODE, NO_ASSET, DELETING,
          # DELETE_FAILED and the OBS_* values only come back.
          status:
            type: string
            enum: [UNCREATED, DELETED, CANCELLED, SERVER_ERROR, UPLOAD_FAILED, CREATING, PUBLISHED, WAITING_TRANSCODE, TRANSCODING, TRANSCODE_FAILED, TRANSCODE_SUCCEED, CREATED, NO_ASSET, DELETING, DELETE_FAILED, OBS_CREATING, OBS_CREATE_FAILED, OBS_CREATE_SUCCESS]
            doc: "Media asset status. The options include: UNCREATED, DELETED, CANCELLED, SERVER_ERROR, UPLOAD_FAILED, CREATING, PUBLISHED, WAITING_TRANSCODE, TRANSCODING, TRANSCODE_FAILED, TRANSCODE_SUCCEED, CREATED, NO_ASSET, DELETING, DELETE_FAILED, OBS_CREATING, OBS_CREATE_FAILED, OBS_CREATE_SUCCESS."
          description: {type: string, doc: "Media file substatus or description."}
          base_info:
            type: object
            doc: "Basic media file information."
            fields:
              title:
                type: string
                max_length: 128
                doc: "Media asset title. The value is UTF-8 encoded and contains a maximum of 128 characters."
              video_name: {type: string, doc: "Media asset file name."}
              # DECISION: the doc example sends "description" : null; we allow null and say so.
              description:
                type: string
                nullable: true
                max_length: 1024
                doc: "Media asset description. The value contains a maximum of 1,024 characters. (example: null)"
              # The doc states no range for category ids; its response example sends -1 with
              # category_name "Other" (the default category), so -1 conforms and no minimum is declared.
              category_id: {type: integer, doc: "Media asset category ID. (Long; response example: \"category_id\" : -1, \"category_name\" : \"Other\")"}
              category_name: {type: string, doc: "Media asset category name."}
              create_time:
                type: string
                time_format: yyyymmddhhmmss
                doc: "Time when the media asset was created. The format is yyyymmddhhmmss. The value must be a UTC time, without reference to any time zone."
              last_modified:
                type: string
                time_format: yyyymmddhhmmss
                doc: "Time when the media asset was last modified. The format is yyyymmddhhmmss. The value must be a UTC time, without reference to any time zone."
              # DECISION: the values are the formats as the doc spells them (upper case, "WebM").
              video_type:
                type: string
                enum: [MP4, TS, MOV, MXF, MPG, FLV, WMV, AVI, M4V, F4V, MPEG, 3GP, ASF, MKV, WebM, MP3, OGG, WAV, WMA, APE, FLAC, AAC, AC3, MMF, AMR, M4A, M4R, WV, MP2]
                doc: "Audio/Video file type. Video: MP4, TS, MOV, MXF, MPG, FLV, WMV, AVI, M4V, F4V, MPEG, 3GP, ASF, MKV, and WebM. Audio: MP3, OGG, WAV, WMA, APE, FLAC, AAC, AC3, MMF, AMR, M4A, M4R, WV, and MP2"
              # DECISION: the doc example sends "tags" : null; we allow null and say so.
              tags:
                type: string
                nullable: true
                delimited: {separator: ",", max_items: 16, max_item_length: 24}
                doc: "Each tag contains up to 24 characters and up to 16 tags are allowed. Use commas (,) to separate tags. (example: null)"
              # MetaData (Table 11), written out here and under play_info_array (case files and contracts take no YAML aliases).
              meta_data:
                type: object
                doc: "Video metadata. It is generated after video parsing, including the packaging format, size, resolution, bitrate, and frame rate."
                fields:
                  # DECISION: the doc example sends "pack_type" : null; we allow null and say so.
                  pack_type:
                    type: string
                    nullable: true
                    enum: [MP4, TS, MOV, MXF, MPG, FLV, WMV, MP3, WMA, APE, FLAC, AAC, AC3, MMF, AMR, M4A, M4R, OGG, WAV, WV, MP2, AVI, F4V, M4V, MPEG, HLS, DASH]
                    doc: "Video packaging format. The options include: MP4, TS, MOV, MXF, MPG, FLV, WMV, MP3, WMA, APE, FLAC, AAC, AC3, MMF, AMR, M4A, M4R, OGG, WAV, WV, MP2, AVI, F4V, M4V, MPEG, HLS, DASH. (example: null)"
                  # DECISION: the codec set is open. The doc's own note ("If unknown is returned for codec")
                  # tells clients to expect values they cannot interpret, and transcoders gain codecs (AV1):
                  # a new codec is additive drift, not a broken contract.
                  codec:
                    type: string
                    enum: [MPEG-2, MPEG-4, H.264, H.265, WMV, Vorbis, AAC, AC-3, AMR, APE, FLAC, MP3, MP2, WMA, PCM, ADPCM, WavPack, unknown]
                    enum_open: true
                    doc: "Video encoding format. The options include: MPEG-2, MPEG-4, H.264, H.265, WMV, Vorbis, AAC, AC-3, AMR, APE, FLAC, MP3, MP2, WMA, PCM, ADPCM, WavPack. NOTE: If unknown is returned for codec, the current audio/video encoding format sent by the user cannot be parsed."
                  duration: {type: integer, doc: "Audio duration, in seconds. If the original video duration is not an integer, the value of this field is rounded down. (Long)"}
                  duration_ms: {type: integer, minimum: 0, doc: "Video duration, in milliseconds. (Long)"}
                  video_size: {type: integer, minimum: 0, doc: "Video file size. Unit: bytes (Long)"}
                  # The documented ranges hold for H.264/H.265 video; 0 means no picture: the doc's own example
                  # gives its HLS index entry width/hight 0, and audio renditions report 0 too (also_allowed).
                  # Suspicious: the range is stated per codec, which the rule does not read.
                  # The "multiple of 2 / of 4" half of the sentence cannot be stated either (no multiple_of rule).
                  width:
                    type: integer
                    minimum: 32
                    maximum: 3840
                    also_allowed: [0]
                    severity: suspicious
                    doc: "Video width, in pixels. Possible values for H.264: a multiple of 2 between 32 and 3,840. Possible values for H.265: a multiple of 4 between 320 and 3,840."
                  hight:
                    type: integer
                    minimum: 32
                    maximum: 2160
                    also_allowed: [0]
                    severity: suspicious
                    doc: "Video height, in pixels. Possible values for H.264: a multiple of 2 between 32 and 2,160. Possible values for H.265: a multiple of 4 between 240 and 2,160."
                  height: {type: integer, minimum: 0, doc: "Video height, in pixels. (Long)"}
                  bit_rate: {type: integer, minimum: 0, doc: "Average video bitrate. (Long)"}
                  frame_rate: {type: integer, minimum: 0, doc: "Frame rate, in frames per second (FPS). (Long)"}
                  # DECISION: the doc example sends "quality" : null; we allow null and say so.
                  quality:
                    type: string
                    nullable: true
                    enum: [FULL_HD, HD, SD, FLUENT, AD, 2K, 4K]
                    doc: "Definition. The options include: FULL_HD, HD, SD, FLUENT, AD, 2K, 4K. (example: null)"
                  audio_channels: {type: integer, minimum: 0, doc: "Number of audio channels. (Integer)"}
              video_url: {type: string, doc: "URL for accessing the original video file."}
              sign_url: {type: string, doc: "Temporary access URL of the original video file in OBS. A specific value is returned only when the API for querying a media asset is called."}
              cover_info_array:
                type: array
                doc: "Thumbnail information."
                items:
                  type: object
                  fields:
                    cover_url: {type: string, doc: "URL for downloading the thumbnail file."}
              subtitle_info:
                type: array
                doc: "Subtitle information array."
                items:
                  type: object
                  fields:
                    url: {type: string, doc: "URL for downloading the subtitle file."}
                    id: {type: integer, doc: "Subtitle file ID. (Integer)"}
                    type:
                      type: string
                      enum: [SRT, VTT]
                      doc: "Subtitle file format. Currently, only SRT and VTT are supported."
                    language: {type: string, doc: "Subtitle file language."}
              source_path:
                type: object
                doc: "Media asset storage parameters."
                fields:
                  bucket: {type: string, doc: "OBS bucket name."}
                  location: {type: string, doc: "Name of the region where the bucket is located. For example, the region name of CN North-Beijing4 is cn-north-4."}
                  object: {type: string, doc: "File storage path."}
              output_path:
                type: object
                doc: "Media asset storage parameters."
                fields:
                  bucket: {type: string, doc: "OBS bucket name."}
                  location: {type: string, doc: "Name of the region where the bucket is located. For example, the region name of CN North-Beijing4 is cn-north-4."}
                  object: {type: string, doc: "File storage path."}
          play_info_array:
            type: array
            doc: "Playback information about the transcoded file. HLS or DASH: The array contains n + 1 members. MP4: The array contains n members."
            items:
              type: object
              fields:
                play_type:
                  type: string
                  enum: [hls, dash, mp4]
                  doc: "Playback protocol type. The options include: hls, dash, mp4"
                group_id: {type: string, doc: "Transcoding group ID."}
                group_name: {type: string, doc: "Transcoding group name."}
                url: {type: string, doc: "Streaming URL."}
                encrypted:
                  type: integer
                  enum: [0, 1]
                  default: 0
                  doc: "Whether the stream is encrypted. The options include: 0: not encrypted 1: encrypted Default value: 0"
                meta_data:
                  type: object
                  doc: "Video metadata. It is generated after video parsing, including the packaging format, size, resolution, bitrate, and frame rate."
                  fields:
                    # DECISION: the doc example sends "pack_type" : null; we allow null and say so.
                    pack_type:
                      type: string
                      nullable: true
                      enum: [MP4, TS, MOV, MXF, MPG, FLV, WMV, MP3, WMA, APE, FLAC, AAC, AC3, MMF, AMR, M4A, M4R, OGG, WAV, WV, MP2, AVI, F4V, M4V, MPEG, HLS, DASH]
                      doc: "Video packaging format. The options include: MP4, TS, MOV, MXF, MPG, FLV, WMV, MP3, WMA, APE, FLAC, AAC, AC3, MMF, AMR, M4A, M4R, OGG, WAV, WV, MP2, AVI, F4V, M4V, MPEG, HLS, DASH. (example: null)"
                    # DECISION: the codec set is open. The doc's own note ("If unknown is returned for codec")
                    # tells clients to expect values they cannot interpret, and transcoders gain codecs (AV1):
                    # a new codec is additive drift, not a broken contract.
                    codec:
                      type: string
                      enum: [MPEG-2, MPEG-4, H.264, H.265, WMV, Vorbis, AAC, AC-3, AMR, APE, FLAC, MP3, MP2, WMA, PCM, ADPCM, WavPack, unknown]
                      enum_open: true
                      doc: "Video encoding format. The options include: MPEG-2, MPEG-4, H.264, H.265, WMV, Vorbis, AAC, AC-3, AMR, APE, FLAC, MP3, MP2, WMA, PCM, ADPCM, WavPack. NOTE: If unknown is returned for codec, the current audio/video encoding format sent by the user cannot be parsed."
                    duration: {type: integer, doc: "Audio duration, in seconds. If the original video duration is not an integer, the value of this field is rounded down. (Long)"}
                    duration_ms: {type: integer, minimum: 0, doc: "Video duration, in milliseconds. (Long)"}
                    video_size: {type: integer, minimum: 0, doc: "Video file size. Unit: bytes (Long)"}
                    # The documented ranges hold for H.264/H.265 video; 0 means no picture: the doc's own example
                    # gives its HLS index entry width/hight 0, and audio renditions report 0 too (also_allowed).
                    # Suspicious: the range is stated per codec, which the rule does not read.
                    # The "multiple of 2 / of 4" half of the sentence cannot be stated either (no multiple_of rule).
                    width:
                      type: integer
                      minimum: 32
                      maximum: 3840
                      also_allowed: [0]
                      severity: suspicious
                      doc: "Video width, in pixels. Possible values for H.264: a multiple of 2 between 32 and 3,840. Possible values for H.265: a multiple of 4 between 320 and 3,840."
                    hight:
                      type: integer
                      minimum: 32
                      maximum: 2160
                      also_allowed: [0]
                      severity: suspicious
                      doc: "Video height, in pixels. Possible values for H.264: a multiple of 2 between 32 and 2,160. Possible values for H.265: a multiple of 4 between 240 and 2,160."
                    height: {type: integer, minimum: 0, doc: "Video height, in pixels. (Long)"}
                    bit_rate: {type: integer, minimum: 0, doc: "Average video bitrate. (Long)"}
                    frame_rate: {type: integer, minimum: 0, doc: "Frame rate, in frames per second (FPS). (Long)"}
                    # DECISION: the doc example sends "quality" : null; we allow null and say so.
                    quality:
                      type: string
                      nullable: true
                      enum: [FULL_HD, HD, SD, FLUENT, AD, 2K, 4K]
                      doc: "Definition. The options include: FULL_HD, HD, SD, FLUENT, AD, 2K, 4K. (example: null)"
                    audio_channels: {type: integer, minimum: 0, doc: "Number of audio channels. (Integer)"}
    is_truncated:
      type: integer
      required: true
      enum: [0, 1]
      doc: "Whether the query results are truncated. The options include: 1: Not all query results are returned. 0: All query results are returned."
    # DECISION: "statistics about up to 20,000 media files can be collected", so a total above 20000
    # is suspicious (the paging rule treats 20000 itself as a saturated estimate: total_cap).
    total:
      type: integer
      required: true
      minimum: 0
      maximum: 20000
      severity: suspicious
      doc: "Total number of media assets. NOTE: Currently, statistics about up to 20,000 media files can be collected."

invariants:
  - rule: filter_match
    items: $.asset_info_array
    key: status
    param: status
    unless: [asset_id]
    doc: "This API is used to query media assets by ID, category, status, and time range. (status: Media asset status.)"
  - rule: filter_match
    items: $.asset_info_array
    key: base_info.category_id
    param: category_id
    unless: [asset_id]
    doc: "This API is used to query media assets by ID, category, status, and time range. (category_id: Category ID.)"
  # DECISION: transcodeStatus and assetStatus have no field of their own in AssetInfo (the mapping
  # from assetStatus CREATED to the many "to be published" statuses is not documented), tags has no
  # documented any/all semantics and query_string is a fuzzy search: none of them gets a filter rule.
  # DECISION: the doc does not say whether the window's bounds are open or closed; both are taken as
  # closed (the lenient reading).
  - rule: time_window
    items: $.asset_info_array
    key: base_info.create_time
    time_format: yyyymmddhhmmss
    start: {param: start_time, inclusive: true}
    end: {param: end_time, inclusive: true}
    unless: [asset_id]
    doc: "start_time / end_time: Start time. End time. This parameter is invalid when asset_id is specified. The format is yyyymmddhhmmss."
  # DECISION: "the most recent 10 media assets" and "the 21st to 40th most recent media assets" say
  # listings come newest first. Suspicious: the doc states it only through its examples.
  - rule: sort_order
    items: $.asset_info_array
    key: base_info.create_time
    time_format: yyyymmddhhmmss
    direction: desc
    unless: [asset_id]
    severity: suspicious
    doc: "This example queries the most recent 10 media assets of the current tenant. Results start at page 0 with 10 records per page."
  - rule: paging
    style: page
    items: $.asset_info_array
    page_size: {param: size}
    page: {param: page}
    first_page: 0
    total: $.total
    truncated: $.is_truncated
    total_cap: 20000
    unless: [asset_id]
    doc: "page: The default value is 0. size: Default value: 10. is_truncated: 1: Not all query results are returned. 0: All query results are returned. total: statistics about up to 20,000 media files can be collected."
  # DECISION: complete: false. The doc does not say that an unknown id is listed (the response
  # status set has NO_ASSET, "The media asset does not exist", but nothing promises an item for it).
  - rule: batch_partition
    requested: {param: asset_id}
    returned: $.asset_info_array[*].asset_id
    complete: false
    doc: "asset_id: Media asset IDs. A maximum of 10 media assets can be queried at a time."
  - rule: conditional_presence
    each: $.asset_info_array[*]
    field: asset_id
    required_unless: {status: [UNCREATED]}
    doc: "asset_id: Media asset ID assigned by VOD. / UNCREATED: The media asset has not yet been created, so no asset ID is available."
  - rule: unique_items
    items: $.asset_info_array
    key: asset_id
    doc: "DECISION: a response lists each media asset once."
  - rule: relation
    each: $.asset_info_array[*].base_info.meta_data
    check: equal
    left: hight
    right: height
    doc: "hight: Video height, in pixels. / height: Video height, in pixels."
  - rule: relation
    each: $.asset_info_array[*].play_info_array[*].meta_data
    check: equal
    left: hight
    right: height
    doc: "hight: Video height, in pixels. / height: Video height, in pixels."
  - rule: relation
    each: $.asset_info_array[*].base_info.meta_data
    check: seconds_from_ms
    left: duration
    right: duration_ms
    doc: "If the original video duration is not an integer, the value of this field is rounded down. If the original video duration is shorter than 1 second, the value of this field is 1."
  - rule: relation
    each: $.asset_info_array[*].play_info_array[*].meta_data
    check: seconds_from_ms
    left: duration
    right: duration_ms
    doc: "If the original video duration is not an integer, the value of this field is rounded down. If the original video duration is shorter than 1 second, the value of this field is 1."
  - rule: relation
    each: $.asset_info_array[*].base_info
    check: not_before
    left: last_modified
    right: create_time
    time_format: yyyymmddhhmmss
    doc: "DECISION: an asset cannot be last modified before it was created (create_time / last_modified)."

# Status code 400: {"error_code": ..., "error_msg": ...}. The API gateway answers in the same shape
# with APIGW codes (APIGW.0301 on an authentication failure), so both prefixes are accepted.
errors:
  code: error_code
  message: error_msg
  code_pattern: '(VOD|APIGW)\.[0-9]+\z'
  doc: "Status code: 400. error_code: Error code. error_msg: Error description."
"""##),
        ("ice.BatchGetYikeAssetMediaInfos.yaml", ##"""
# yaml-language-server: $schema=../../schemas/contract.schema.json
# Alibaba Cloud Intelligent Media Services (ICE) — BatchGetYikeAssetMediaInfos, API version 2020-11-09.
# Source: shared/api-docs/alibaba-ice-BatchGetYikeAssetMediaInfos.txt ("Last Updated: Mar 31, 2026").
# Every `doc:` quotes the sentence the rule comes from. Decisions the doc leaves open are marked DECISION.
#
# A batch lookup of Yike (intelligent production) assets by id: the ids that are found come back in
# MediaInfos, the ones that "failed to be obtained" in IgnoredList. No paging, no totals.
#
# Types to watch: FileSize "191", Duration "200", Bitrate "30", Width "640", Height "416" are numbers
# written as strings; so are the BizData flags IsFavorite "1" and IsLogicalDeleted "1".
#
# DECISION: no enum anywhere in the response. This doc states no value set for MediaType,
# BusinessType, Source, Status, TranscodeStatus, FileStatus, FileType, AuditStatus, MediaAssetType,
# MediaAssetSubType or SourceType; ListMediaBasicInfos' sets are not borrowed (a Yike asset is
# another catalogue, and its doc example's MediaAssetSubType "Image" sits beside MediaType "video").
operation: ice.BatchGetYikeAssetMediaInfos
provider: alibaba
doc: alibaba-ice-BatchGetYikeAssetMediaInfos.txt
http: {method: POST, path: /, action: BatchGetYikeAssetMediaInfos, version: "2020-11-09"}

request:
  # DECISION: "Required: No", so MediaIds is optional (a request without it asks for nothing, see the
  # case no-media-ids). The doc states no cap on the number of ids, so none is declared; an empty item
  # ("a,,b") is a finding, since it names no asset.
  MediaIds:
    type: string
    delimited: {separator: ","}
    doc: "MediaIds string No. The media asset IDs, separated by commas."

response:
  fields:
    # DECISION: the doc marks no response field required. RequestId (every Alibaba response carries
    # one), the MediaInfos list, and each item's MediaId and MediaBasicInfo.MediaId (the ids the batch
    # partition and the relation account for) are required; every other field is optional. No field is nullable: no example shows null.
    RequestId: {type: string, required: true, doc: "The request ID."}
    MediaInfos:
      type: array
      required: true
      doc: "The list of matched media assets."
      items:
        type: object
        doc: "A media asset object."
        fields:
          MediaId: {type: string, required: true, doc: "The ID of the media asset."}
          MediaBasicInfo:
            type: object
            doc: "The basic information about the media asset."
            fields:
              MediaId: {type: string, required: true, doc: "The ID of the media asset."}
              InputURL: {type: string, doc: "The source URL of the media asset."}
              MediaType: {type: string, doc: "The type of the media asset. (example: video; no value set documented)"}
              BusinessType: {type: string, doc: "The business type. (example: general; no value set documented)"}
              Source: {type: string, doc: "The source of the media asset. (example: oss; no value set documented)"}
              Title: {type: string, doc: "The title of the media asset."}
              Description: {type: string, doc: "The description of the media asset."}
              Category: {type: string, doc: "The category of the media asset."}
              MediaTags: {type: string, doc: "The tags of the media asset. (example: tag1,tag2)"}
              CoverURL: {type: string, doc: "The URL of the cover image."}
              UserData: {type: string, doc: "The custom user data."}
              Snapshots: {type: string, json_string: array, doc: "The snapshots. (example: \"[]\", a JSON array in a string)"}
              Status: {type: string, doc: "The status of the media asset. (example: Normal; no value set documented)"}
              TranscodeStatus: {type: string, doc: "The transcoding status. (example: Init; no value set documented)"}
              CreateTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was created. (example: 2020-12-26T04:11:08Z)"}
              ModifiedTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was last modified."}
              DeletedTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was deleted."}
              SpriteImages: {type: string, json_string: array, doc: "The sprite images. (example: a JSON array in a string)"}
              Biz: {type: string, doc: "The business to which the media asset belongs."}
          FileInfoList:
            type: array
            doc: "The list of file information."
            items:
              type: object
              doc: "The file information."
              fields:
                FileBasicInfo:
                  type: object
                  doc: "The basic information about the file, including the duration and size."
                  fields:
                    FileName: {type: string, doc: "The name of the file."}
                    FileStatus: {type: string, doc: "The status of the file."}
                    FileType: {type: string, doc: "The type of the file."}
                    FileSize: {type: string, numeric_string: integer, doc: "The size of the file, in bytes. (string in the doc: \"191\")"}
                    FileUrl: {type: string, doc: "The OSS URL of the file."}
                    Region: {type: string, doc: "The region where the file is stored."}
                    FormatName: {type: string, doc: "The container format of the file."}
                    Duration: {type: string, numeric_string: decimal, doc: "The duration of the file. (string in the doc: \"200\")"}
                    Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate. (string in the doc: \"30\")"}
                    Width: {type: string, numeric_string: integer, minimum: 1, doc: "The width. (string in the doc: \"640\")"}
                    Height: {type: string, numeric_string: integer, minimum: 1, doc: "The height. (string in the doc: \"416\")"}
          BizData:
            type: object
            doc: "The business data."
            fields:
              FolderId: {type: string, doc: "The ID of the folder."}
              ProductionId: {type: string, doc: "The ID of the production."}
              AuditBlockedLabel: {type: string, doc: "The audit label."}
              AuditStatus: {type: string, doc: "The audit status. (example: pass; no value set documented)"}
              MediaAssetType: {type: string, doc: "The type of the media asset. (example: HistoricalUpload; no value set documented)"}
              MediaAssetSubType: {type: string, doc: "The sub-type of the media asset. (example: Image; no value set documented)"}
              SourceType: {type: string, doc: "The source type. (example: MainBody; no value set documented)"}
              SourceId: {type: string, doc: "The source ID."}
              SourceName: {type: string, doc: "The source name."}
              # DECISION: the two flags are strings holding an integer ("1"); "Indicates whether" suggests
              # 0/1 but the doc does not say so, so only the integer-in-a-string shape is checked.
              IsFavorite: {type: string, numeric_string: integer, doc: "Indicates whether the media asset is a favorite. (string in the doc: \"1\")"}
              IsLogicalDeleted: {type: string, numeric_string: integer, doc: "Indicates whether the media asset is logically deleted. (string in the doc: \"1\")"}
              CreationJobId: {type: string, doc: "The ID of the creation job."}
    IgnoredList:
      type: array
      doc: "The list of IDs of media assets that failed to be obtained."
      items: {type: string, doc: "The ID of the media asset that failed to be obtained."}

invariants:
  # Every requested id is either returned or ignored, never both, and nothing else comes back.
  - rule: batch_partition
    requested: {param: MediaIds, separator: ","}
    returned: $.MediaInfos[*].MediaId
    others: ["$.IgnoredList[*]"]
    complete: true
    doc: "MediaIds: The media asset IDs, separated by commas. / MediaInfos: The list of matched media assets. / IgnoredList: The list of IDs of media assets that failed to be obtained."
  # DECISION: no sort_order rule: the doc does not say that MediaInfos follows the order of MediaIds.
  - rule: unique_items
    items: $.MediaInfos
    key: MediaId
    doc: "DECISION: a batch returns each media asset once, even when its id is requested twice."
  - rule: relation
    each: $.MediaInfos[*]
    check: equal
    left: MediaBasicInfo.MediaId
    right: MediaId
    doc: "MediaId: The ID of the media asset. / MediaBasicInfo.MediaId: The ID of the media asset."
  - rule: relation
    each: $.MediaInfos[*].MediaBasicInfo
    check: not_before
    left: ModifiedTime
    right: CreateTime
    time_format: iso8601_utc
    doc: "DECISION: an asset cannot be last modified before it was created. (CreateTime: The time when the media asset was created. ModifiedTime: The time when the media asset was last modified.)"
  # DECISION: suspicious, as for the listing operations: the doc example gives a DeletedTime for an
  # asset whose Status is Normal, so its meaning for a live asset is unclear.
  - rule: relation
    each: $.MediaInfos[*].MediaBasicInfo
    check: not_before
    left: DeletedTime
    right: CreateTime
    time_format: iso8601_utc
    severity: suspicious
    doc: "DECISION: an asset cannot be deleted before it was created. (DeletedTime: The time when the media asset was deleted.)"

# Alibaba's common error body: {"RequestId": ..., "Code": ..., "Message": ..., "HostId": ..., "Recommend": ...}.
errors:
  code: Code
  message: Message
  request_id: RequestId
  code_pattern: '[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*'
  doc: "Error codes: See Error Codes for a complete list (Alibaba Cloud common error response)."
"""##),
        ("ice.ListMediaBasicInfos.yaml", ##"""
# yaml-language-server: $schema=../../schemas/contract.schema.json
# Alibaba Cloud Intelligent Media Services (ICE) — ListMediaBasicInfos, API version 2020-11-09.
# Source: shared/api-docs/alibaba-ice-ListMediaBasicInfos.txt ("Last Updated: Mar 30, 2026").
# Every `doc:` quotes the sentence the rule comes from. Decisions the doc leaves open are marked DECISION.
operation: ice.ListMediaBasicInfos
provider: alibaba
doc: alibaba-ice-ListMediaBasicInfos.txt
http: {method: POST, path: /, action: ListMediaBasicInfos, version: "2020-11-09"}

request:
  StartTime:
    type: string
    time_format: iso8601_utc
    doc: "The time must be in UTC and formatted in ISO 8601 standard. The format is YYYY-MM-DDThh:mm:ssZ."
  EndTime:
    type: string
    time_format: iso8601_utc
    doc: "The time must be in UTC and formatted in ISO 8601 standard. The format is YYYY-MM-DDThh:mm:ssZ."
  MediaType:
    type: string
    enum: [image, video, audio, text]
    doc: "The type of the media asset. Valid values: image, video, audio, text"
  BusinessType:
    type: string
    enum: [subtitles, watermark, opening, ending, general]
    doc: "The business type of the media asset. Valid values: subtitles, watermark, opening, ending, general"
  Source:
    type: string
    enum: [oss, vod, live, general]
    doc: "The source of the media asset. Valid values: oss, vod, live, general"
  Status:
    type: string
    enum: [Init, Preparing, PrepareFail, Normal]
    doc: "The status of the media asset. Valid values: Init, Preparing, PrepareFail, Normal"
  NextToken:
    type: string
    doc: "The pagination token that is used in the next request to retrieve a new page of results."
  # DECISION: the doc gives only the maximum (100) and the default (10); we add minimum 1, since a
  # page of zero entries cannot be paged through (the case max-results-101 tests the documented bound).
  MaxResults:
    type: integer
    minimum: 1
    maximum: 100
    default: 10
    doc: "The maximum number of entries to return on each page. Maximum value: 100. Default value: 10."
  SortBy:
    type: string
    enum: [desc, asc]
    default: desc
    doc: "The sorting order of the results based on utcCreated. Default value: desc."
  # TODO(engine): "If the includeFileBasicInfo field is set to true, the response also includes basic
  # information about the source file" implies FileInfoList is absent otherwise, but no rule says "present
  # only when a parameter is sent". The cases assert it with `absent:` (default-first-page).
  IncludeFileBasicInfo:
    type: boolean
    doc: "Specifies whether to include the basic information about the file in the response."
  MediaId:
    type: string
    doc: "The ID of the media asset."
  # DECISION: AuthTimeout is listed without a description; we accept a positive integer (seconds,
  # as for the signed URLs it governs elsewhere in ICE).
  AuthTimeout:
    type: integer
    minimum: 1
    doc: "AuthTimeout integer No (undocumented beyond its type)"

response:
  fields:
    # DECISION: the doc marks no response field required. RequestId (every Alibaba response carries
    # one), TotalCount and MediaInfos (what paging reads), and each item's MediaId and
    # MediaBasicInfo.MediaId (the item's identity, used by the relation, unique and filter rules) are
    # required; every other field is optional. No field is nullable: no example shows null.
    RequestId: {type: string, required: true, doc: "The request ID."}
    TotalCount: {type: integer, required: true, minimum: 0, doc: "The total number of entries returned."}
    MediaInfos:
      type: array
      required: true
      max_items: {param: MaxResults}
      doc: "Returns up to 100 matching media assets. / MaxResults: Maximum value: 100. Default value: 10."
      items:
        type: object
        fields:
          MediaId: {type: string, required: true, doc: "The ID of the media asset."}
          MediaBasicInfo:
            type: object
            fields:
              MediaId: {type: string, required: true, doc: "The ID of the media asset."}
              InputURL: {type: string, doc: "The address of the media asset to be registered in the corresponding system."}
              # DECISION: MediaType, BusinessType, Source and Status reuse the value sets the doc states for
              # the request parameters of the same name: the filters "exactly match" these fields, so a
              # value outside the set could never be filtered for. TranscodeStatus, FileStatus, FileType,
              # UploadSource and Biz have no documented value set and get no enum.
              MediaType: {type: string, enum: [image, video, audio, text], doc: "The type of the media asset. (request: Valid values: image, video, audio, text)"}
              BusinessType: {type: string, enum: [subtitles, watermark, opening, ending, general], doc: "The business type of the media asset. (request: Valid values)"}
              Source: {type: string, enum: [oss, vod, live, general], doc: "The source of the media asset. (request: Valid values)"}
              Title: {type: string, doc: "The title of the media asset."}
              Description: {type: string, doc: "The description of the media asset."}
              Category: {type: string, doc: "The category of the media asset."}
              MediaTags: {type: string, doc: "The tags of the media asset. (example: tags,tags2)"}
              CoverURL: {type: string, doc: "The URL of the cover."}
              UserData: {type: string, doc: "The user data."}
              Snapshots: {type: string, json_string: array, doc: "The snapshots. (example: a JSON array in a string)"}
              Status: {type: string, enum: [Init, Preparing, PrepareFail, Normal], doc: "The status of the resource. (request: Valid values: Init, Preparing, PrepareFail, Normal)"}
              # DECISION: TranscodeStatus has no documented value set; it is a string.
              TranscodeStatus: {type: string, doc: "The transcoding status."}
              CreateTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was created. (UTC, ISO 8601)"}
              ModifiedTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was modified."}
              DeletedTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was deleted."}
              SpriteImages: {type: string, json_string: array, doc: "The sprite images. (example: a JSON array in a string)"}
              CateId: {type: integer, doc: "The ID of the category."}
              Biz: {type: string, doc: "The business to which the media asset belongs."}
              UploadSource: {type: string, doc: "The source from which the media asset is uploaded."}
              ReferenceId:
                type: string
                min_length: 6
                max_length: 64
                pattern: '[A-Za-z0-9_-]+'
                doc: "The value can contain letters, digits, hyphens (-), and underscores (_), and must be 6 to 64 characters in length."
          FileInfoList:
            type: array
            doc: "The file information."
            items:
              type: object
              fields:
                FileBasicInfo:
                  type: object
                  fields:
                    FileName: {type: string, doc: "The name of the file."}
                    FileStatus: {type: string, doc: "The status of the file."}
                    FileType: {type: string, doc: "The type of the file."}
                    FileSize: {type: string, numeric_string: integer, doc: "The size of the file. Unit: bytes. (string in the doc: \"14340962\")"}
                    FileUrl: {type: string, doc: "The OSS URL of the file."}
                    Region: {type: string, doc: "The region where the file is stored."}
                    FormatName: {type: string, doc: "The container format."}
                    Duration: {type: string, numeric_string: decimal, doc: "The duration. (string in the doc: \"60.00000\")"}
                    Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate. (string in the doc: \"1912.13\")"}
                    Width: {type: string, numeric_string: integer, minimum: 1, doc: "The width. (string in the doc: \"1280\")"}
                    Height: {type: string, numeric_string: integer, minimum: 1, doc: "The height. (string in the doc: \"720\")"}
                    CreateTime: {type: string, time_format: iso8601_utc, doc: "The time when the file was created."}
                    ModifiedTime: {type: string, time_format: iso8601_utc, doc: "The time when the file was modified."}
    NextToken: {type: string, doc: "The token that is used to retrieve the next page of results."}
    MaxResults: {type: integer, minimum: 1, maximum: 100, doc: "The maximum number of entries returned on the current page."}

invariants:
  - rule: sort_order
    items: $.MediaInfos
    key: MediaBasicInfo.CreateTime
    time_format: iso8601_utc
    direction: {param: SortBy}
    doc: "The sorting order of the results based on utcCreated. Default value: desc."
  - rule: filter_match
    items: $.MediaInfos
    key: MediaBasicInfo.MediaType
    param: MediaType
    doc: "Results must exactly match all specified non-empty filter fields ... media asset type"
  - rule: filter_match
    items: $.MediaInfos
    key: MediaBasicInfo.BusinessType
    param: BusinessType
    doc: "Results must exactly match all specified non-empty filter fields ... media asset business type"
  - rule: filter_match
    items: $.MediaInfos
    key: MediaBasicInfo.Source
    param: Source
    doc: "Results must exactly match all specified non-empty filter fields ... source"
  - rule: filter_match
    items: $.MediaInfos
    key: MediaBasicInfo.Status
    param: Status
    doc: "Results must exactly match all specified non-empty filter fields ... resource status"
  # The doc also names "category" among the exact-match fields, but documents no Category request
  # parameter, so there is nothing to filter by and no rule.
  # DECISION: MediaId is a filter too: a listing for one MediaId returns only that asset.
  - rule: filter_match
    items: $.MediaInfos
    key: MediaId
    param: MediaId
    doc: "MediaId: The ID of the media asset. (DECISION: a MediaId filter returns only that asset)"
  - rule: time_window
    items: $.MediaInfos
    key: MediaBasicInfo.CreateTime
    time_format: iso8601_utc
    start: {param: StartTime, inclusive: false}
    end: {param: EndTime, inclusive: true}
    doc: "StartTime: This is an open interval. EndTime: This is a closed interval."
  # DECISION: a page lists each media asset once (and a paging walk, each asset once across pages).
  - rule: unique_items
    items: $.MediaInfos
    key: MediaId
    doc: "DECISION: a page lists each media asset once."
  - rule: relation
    each: $.MediaInfos[*]
    check: equal
    left: MediaBasicInfo.MediaId
    right: MediaId
    doc: "MediaId: The ID of the media asset. / MediaBasicInfo.MediaId: The ID of the media asset."
  # DECISION: an asset cannot be modified before it was created.
  - rule: relation
    each: $.MediaInfos[*].MediaBasicInfo
    check: not_before
    left: ModifiedTime
    right: CreateTime
    time_format: iso8601_utc
    doc: "DECISION: an asset cannot be modified before it was created."
  # DECISION: the same for the source file of an asset (FileBasicInfo.CreateTime / ModifiedTime).
  - rule: relation
    each: $.MediaInfos[*].FileInfoList[*].FileBasicInfo
    check: not_before
    left: ModifiedTime
    right: CreateTime
    time_format: iso8601_utc
    doc: "DECISION: a file cannot be modified before it was created. (CreateTime: The time when the file was created. ModifiedTime: The time when the file was modified.)"
  # DECISION: an asset cannot be deleted before it was created. Suspicious, not a violation: the doc
  # example itself sends a DeletedTime for an asset whose Status is Normal, so what DeletedTime means
  # for a live asset is unclear.
  - rule: relation
    each: $.MediaInfos[*].MediaBasicInfo
    check: not_before
    left: DeletedTime
    right: CreateTime
    time_format: iso8601_utc
    severity: suspicious
    doc: "DECISION: an asset cannot be deleted before it was created. (DeletedTime: The time when the media asset was deleted.)"
  - rule: paging
    style: token
    items: $.MediaInfos
    page_size: {param: MaxResults}
    echo: $.MaxResults
    total: $.TotalCount
    token: $.NextToken
    doc: "If a result set is too large to be returned in a single response, the API provides a nextToken."
  # DECISION: a first page (no NextToken sent) is full: it holds min(MaxResults, TotalCount) items.
  # The doc only says "the maximum number of entries to return on each page", and a service may stop a
  # page short, so this is `suspicious`: a warning under the default --fail-on violation,drift, a
  # failure with --fail-on …,suspicious. (The paging walk follows the token rule above, which must
  # stay the first paging rule of this contract.)
  - rule: paging
    style: page
    items: $.MediaInfos
    page_size: {param: MaxResults}
    page: 1
    first_page: 1
    total: $.TotalCount
    unless: [NextToken]
    severity: suspicious
    doc: "MaxResults: The maximum number of entries to return on each page. / TotalCount: The total number of entries returned. (DECISION: a first page is full)"

# Alibaba's common error body: {"RequestId": ..., "Code": ..., "Message": ..., "HostId": ..., "Recommend": ...}.
errors:
  code: Code
  message: Message
  request_id: RequestId
  code_pattern: '[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*'
  doc: "Error codes: see Error Codes for a complete list (Alibaba Cloud common error response)."
"""##),
        ("ice.ListPublicMediaBasicInfos.yaml", ##"""
# yaml-language-server: $schema=../../schemas/contract.schema.json
# Alibaba Cloud Intelligent Media Services (ICE) — ListPublicMediaBasicInfos, API version 2020-11-09.
# Source: shared/api-docs/alibaba-ice-ListPublicMediaBasicInfos.txt ("Last Updated: Mar 30, 2026").
# Every `doc:` quotes the sentence the rule comes from. Decisions the doc leaves open are marked DECISION.
#
# The public media library (stickers, background music, background images). Two paging styles share
# one operation: NextToken/MaxResults (token style) and PageNo/PageSize (page style). Which one a
# request uses is decided by what it sends, through `when:`/`unless:` on the invariants below.
#
# Types to watch: FileSize "338990717", Width "1920", Height "1080", Duration "10.040000" and
# Bitrate "270112.12" are numbers written as strings; TotalCount and MaxResults are real integers.
#
# The public library's schema is narrower than ListMediaBasicInfos': MediaBasicInfo has no
# SpriteImages, CateId, Biz, UploadSource or ReferenceId, and FileBasicInfo has no CreateTime or
# ModifiedTime. They are not declared here, so a response that sends them is reported as drift.
operation: ice.ListPublicMediaBasicInfos
provider: alibaba
doc: alibaba-ice-ListPublicMediaBasicInfos.txt
# "RAM authorization: No authorization for this operation." The official SDK agrees: it generates this
# operation with auth_type='Anonymous' and sends it through do_rpcrequest without AccessKeyId or
# Signature (docs/signing.md), so it is sent unsigned and needs no credentials.
http: {method: POST, path: /, action: ListPublicMediaBasicInfos, version: "2020-11-09", auth: anonymous}

request:
  MediaTagId:
    type: string
    enum: [sticker-atmosphere, sticker-bubble, sticker-cute, sticker-daily, sticker-expression, sticker-gif,
           bgm-romantic, bgm-cuisine, bgm-chinese-style, bgm-upbeat, bgm-dynamic, bgm-relaxing, bgm-quirky, bgm-beauty,
           bgi-grad, bgi-solid, bgi-pic]
    doc: "The media tag. All media assets that contain the specified media tag are returned. Valid values: Sticker tags: sticker-atmosphere … sticker-gif; Background music (BGM) tags: bgm-romantic … bgm-beauty; Background image (BGI) tags: bgi-grad, bgi-solid, bgi-pic"
  NextToken:
    type: string
    doc: "The pagination token that is used in the next request to retrieve a new page of results. You do not need to specify this parameter for the first request."
  # DECISION: the doc gives only the maximum and the default; minimum 1 as for ListMediaBasicInfos.
  MaxResults:
    type: integer
    minimum: 1
    maximum: 100
    default: 10
    doc: "The maximum number of entries to return. Maximum value: 100. Default value: 10."
  # DECISION: pages are numbered from 1 ("The page number. Default value: 1"), so 0 and below are out of range.
  PageNo:
    type: integer
    minimum: 1
    default: 1
    doc: "The page number. Default value: 1"
  # DECISION: the doc gives only the maximum and the default; a page of 0 entries is out of range.
  PageSize:
    type: integer
    minimum: 1
    maximum: 100
    default: 10
    doc: "The number of entries per page. Default value: 10. Maximum value: 100."
  # TODO(engine): as for ListMediaBasicInfos, FileInfoList should be absent unless IncludeFileBasicInfo
  # is true, and no rule says "present only when a parameter is sent"; default-first-page asserts it.
  IncludeFileBasicInfo:
    type: boolean
    doc: "Specifies whether to return the basic information of the media asset."
  BusinessType:
    type: string
    enum: [sticker, bgm, bgi]
    doc: "The business type of the media asset. Valid values: sticker, bgm, bgi"

response:
  fields:
    # DECISION: the doc marks no response field required. RequestId (every Alibaba response carries
    # one), TotalCount and MediaInfos (what paging reads), and each item's MediaId and
    # MediaBasicInfo.MediaId (the item's identity) are required; every other field is optional.
    RequestId: {type: string, required: true, doc: "The request ID."}
    TotalCount: {type: integer, required: true, minimum: 0, doc: "The total number of media assets that meet the specified conditions."}
    MediaInfos:
      type: array
      required: true
      # DECISION: the cap is MaxResults when it is sent, else the operation's absolute 100 ("A maximum
      # of 100 media assets can be returned."), not MaxResults' default of 10. In page style the page
      # size is PageSize, not MaxResults, and a field rule cannot be made conditional on the style.
      # The default of 10 is still enforced on a first token page by the page-arithmetic rule below,
      # and page style by its own rule (exact page sizes).
      # TODO(engine): list_cap takes no `when:`/`unless:`, so "≤ MaxResults (default 10) in token
      # style, ≤ PageSize (default 10) in page style" cannot be said directly; a token follow-up page
      # without MaxResults is capped at 100, not 10.
      max_items: {param: MaxResults, default: 100}
      doc: "A maximum of 100 media assets can be returned. / MaxResults: The maximum number of entries to return. Maximum value: 100."
      items:
        type: object
        fields:
          MediaId: {type: string, required: true, doc: "The ID of the media asset."}
          MediaBasicInfo:
            type: object
            doc: "The basic information of the media asset."
            fields:
              MediaId: {type: string, required: true, doc: "The ID of the media asset."}
              InputURL: {type: string, doc: "The URL of the media asset in another service."}
              # DECISION: this doc states no value set for MediaType, Source, Status or TranscodeStatus
              # (only the request's BusinessType and MediaTagId have one). ListMediaBasicInfos' sets are
              # not borrowed: the public library is another catalogue. They are plain strings.
              MediaType: {type: string, doc: "The type of the media asset. (example: video; no value set documented)"}
              # DECISION: the response BusinessType takes the request's documented values. The library
              # holds stickers, background music and background images, and the BusinessType filter
              # could not find an item of any other type. The doc example's own item says "general":
              # it is declared as a deviation of the doc-example case, not added to the set.
              BusinessType:
                type: string
                enum: [sticker, bgm, bgi]
                doc: "The business type of the media asset. (request BusinessType: Valid values: sticker, bgm, bgi)"
              Source: {type: string, doc: "The source of the media asset. (example: oss; no value set documented)"}
              Title: {type: string, doc: "The title of the media asset."}
              Description: {type: string, doc: "The description of the media asset."}
              Category: {type: string, doc: "The category of the media asset."}
              # DECISION: MediaTags is a comma-separated list (the MediaTagId filter returns "All media
              # assets that contain the specified media tag"). Each tag is taken from the documented tag
              # list; suspicious only, since a library asset may carry tags no filter offers.
              MediaTags:
                type: string
                pattern: '(?:sticker-(?:atmosphere|bubble|cute|daily|expression|gif)|bgm-(?:romantic|cuisine|chinese-style|upbeat|dynamic|relaxing|quirky|beauty)|bgi-(?:grad|solid|pic))(?:,(?:sticker-(?:atmosphere|bubble|cute|daily|expression|gif)|bgm-(?:romantic|cuisine|chinese-style|upbeat|dynamic|relaxing|quirky|beauty)|bgi-(?:grad|solid|pic)))*'
                severity: {pattern: suspicious}
                doc: "The tags of the media asset. (MediaTagId: Valid values: sticker-atmosphere … bgi-pic)"
              CoverURL: {type: string, doc: "The thumbnail URL of the media asset."}
              UserData: {type: string, doc: "The user data."}
              # DECISION: Snapshots is a JSON array in a string, as in ListMediaBasicInfos and
              # BatchGetYikeAssetMediaInfos ("[]"). The doc example's "null" is the string null, not a
              # JSON null: a client that parses it gets null where it expects a list. Not nullable (the
              # field itself is never null) and the "null" content is suspicious, not a violation, since
              # a client may reasonably read it as "no snapshots"; the doc example declares it.
              Snapshots:
                type: string
                json_string: array
                severity: {json_string: suspicious}
                doc: "The snapshots of the media asset. (example: \"null\")"
              Status: {type: string, doc: "The status of the media asset. (example: Normal; no value set documented)"}
              TranscodeStatus: {type: string, doc: "The transcoding status of the media asset. (example: Init; no value set documented)"}
              CreateTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was created. (example: 2021-01-08T16:52:04Z)"}
              ModifiedTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was last modified."}
              DeletedTime: {type: string, time_format: iso8601_utc, doc: "The time when the media asset was deleted."}
          FileInfoList:
            type: array
            doc: "The file information of the media asset."
            items:
              type: object
              fields:
                FileBasicInfo:
                  type: object
                  doc: "The basic information of the file, such as the duration and size."
                  fields:
                    FileName: {type: string, doc: "The file name."}
                    # DECISION: FileStatus and FileType have no documented value set (examples: Normal, source_file).
                    FileStatus: {type: string, doc: "The file status."}
                    FileType: {type: string, doc: "The file type."}
                    FileSize: {type: string, numeric_string: integer, doc: "The file size. Unit: bytes. (string in the doc: \"338990717\")"}
                    FileUrl: {type: string, doc: "The Object Storage Service (OSS) URL of the file."}
                    Region: {type: string, doc: "The region in which the file resides."}
                    FormatName: {type: string, doc: "The container format."}
                    Duration: {type: string, numeric_string: decimal, doc: "The duration. (string in the doc: \"10.040000\")"}
                    Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate. (string in the doc: \"270112.12\")"}
                    Width: {type: string, numeric_string: integer, minimum: 1, doc: "The width. (string in the doc: \"1920\")"}
                    Height: {type: string, numeric_string: integer, minimum: 1, doc: "The height. (string in the doc: \"1080\")"}
    NextToken: {type: string, doc: "A pagination token. It can be used in the next request to retrieve a new page of results. If NextToken is empty, no next page exists."}
    MaxResults: {type: integer, minimum: 1, maximum: 100, doc: "The maximum number of entries returned. (request: Maximum value: 100)"}

invariants:
  # Token style: the caller pages with NextToken/MaxResults. This is the first paging rule of the
  # contract on purpose: the paging walk (`walk:` in a case) follows the first one it finds.
  # TODO(engine): the paging walk ignores `when:`/`unless:` and always follows the first paging rule,
  # so a page-style request (PageNo/PageSize) cannot be walked: the walk would stop after one page and
  # report that the items seen do not add up to the total. No case walks in page style.
  - rule: paging
    style: token
    items: $.MediaInfos
    page_size: {param: MaxResults}
    echo: $.MaxResults
    total: $.TotalCount
    token: $.NextToken
    unless: [PageNo, PageSize]
    doc: "NextToken: You do not need to specify this parameter for the first request. You must specify the token that is obtained from the previous query as the value of NextToken. / If NextToken is empty, no next page exists."
  # DECISION: a first token page (neither NextToken nor PageNo/PageSize sent) is full: it holds
  # min(MaxResults, TotalCount) items, default 10. The doc says only "The maximum number of entries to
  # return", and a service may stop a page short, so this is suspicious (a warning under the default
  # --fail-on violation,drift). The doc example (TotalCount 2,
  # MaxResults 2, one item and a NextToken) breaks it and declares it.
  - rule: paging
    style: page
    items: $.MediaInfos
    page_size: {param: MaxResults}
    page: 1
    first_page: 1
    total: $.TotalCount
    unless: [NextToken, PageNo, PageSize]
    severity: suspicious
    doc: "MaxResults: The maximum number of entries to return. Default value: 10. / TotalCount: The total number of media assets that meet the specified conditions. (DECISION: a first page is full)"
  # Page style: pages numbered from 1, each holds min(PageSize, TotalCount − (PageNo − 1) × PageSize).
  - rule: paging
    style: page
    items: $.MediaInfos
    page_size: {param: PageSize}
    page: {param: PageNo}
    first_page: 1
    total: $.TotalCount
    when: [PageNo]
    doc: "PageNo: The page number. Default value: 1 / PageSize: The number of entries per page. Default value: 10. Maximum value: 100."
  # DECISION: PageSize without PageNo is page style too, on the default page 1.
  - rule: paging
    style: page
    items: $.MediaInfos
    page_size: {param: PageSize}
    page: {param: PageNo}
    first_page: 1
    total: $.TotalCount
    when: [PageSize]
    unless: [PageNo]
    doc: "PageNo: The page number. Default value: 1 / PageSize: The number of entries per page. Default value: 10. (DECISION: PageSize alone pages from page 1)"
  - rule: filter_match
    items: $.MediaInfos
    key: MediaBasicInfo.MediaTags
    param: MediaTagId
    match: contains
    separator: ","
    doc: "MediaTagId: The media tag. All media assets that contain the specified media tag are returned."
  # DECISION: the doc does not say in words that BusinessType filters, but a request parameter named
  # after an item field with a closed value set is a filter; every item echoes it.
  - rule: filter_match
    items: $.MediaInfos
    key: MediaBasicInfo.BusinessType
    param: BusinessType
    doc: "BusinessType: The business type of the media asset. Valid values: sticker, bgm, bgi (DECISION: a filter)"
  # DECISION: no sort_order rule. The doc documents no order and no sort parameter for the public
  # library; any order is conforming.
  - rule: unique_items
    items: $.MediaInfos
    key: MediaId
    doc: "DECISION: a page lists each media asset once."
  - rule: relation
    each: $.MediaInfos[*]
    check: equal
    left: MediaBasicInfo.MediaId
    right: MediaId
    doc: "MediaId: The ID of the media asset. / MediaBasicInfo.MediaId: The ID of the media asset."
  - rule: relation
    each: $.MediaInfos[*].MediaBasicInfo
    check: not_before
    left: ModifiedTime
    right: CreateTime
    time_format: iso8601_utc
    doc: "DECISION: an asset cannot be last modified before it was created. (CreateTime / ModifiedTime: The time when the media asset was last modified.)"
  # DECISION: suspicious, as for ListMediaBasicInfos: the doc example gives a DeletedTime (equal to
  # CreateTime) for an asset whose Status is Normal, so its meaning for a live asset is unclear.
  - rule: relation
    each: $.MediaInfos[*].MediaBasicInfo
    check: not_before
    left: DeletedTime
    right: CreateTime
    time_format: iso8601_utc
    severity: suspicious
    doc: "DECISION: an asset cannot be deleted before it was created. (DeletedTime: The time when the media asset was deleted.)"

# Alibaba's common error body: {"RequestId": ..., "Code": ..., "Message": ..., "HostId": ..., "Recommend": ...}.
errors:
  code: Code
  message: Message
  request_id: RequestId
  code_pattern: '[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*'
  doc: "Error codes: See Error Codes for a complete list (Alibaba Cloud common error response)."
"""##),
        ("vod.BatchGetMediaInfos.yaml", ##"""
# yaml-language-server: $schema=../../schemas/contract.schema.json
# Alibaba Cloud ApsaraVideo VOD — BatchGetMediaInfos, API version 2017-03-21.
# Source: shared/api-docs/alibaba-vod-BatchGetMediaInfos.txt ("Last Updated: Dec 12, 2025").
# Every `doc:` quotes the sentence the rule comes from. Decisions the doc leaves open are marked DECISION.
#
# Types to watch: the same concept changes type between levels of the tree.
#   MezzanineInfo.Width/Height/Size      integer      VideoStreamList[].Width/Height   numeric string
#   PlayInfoList[].Width/Height/Size/BitDepth/Encrypt/JobType  integer
#   PlayInfoList[].Bitrate/Fps/Duration, MezzanineInfo.Bitrate/Duration/Fps          numeric string
# A provider that "fixes" one of them (turning "568" into 568, or 960 into "960") breaks typed clients,
# so `type:` is stated on every field.
#
# TODO(engine): the pattern rule anchors with `^(?:…)$`, and ICU's `$` also matches before a final
# line terminator, so "name.mp4\n" passes a pattern that excludes white space. Every pattern here
# ends in `\z` (absolute end of input) until the rule anchors with `\z` itself.
operation: vod.BatchGetMediaInfos
provider: alibaba
doc: alibaba-vod-BatchGetMediaInfos.txt
http: {method: POST, path: /, action: BatchGetMediaInfos, version: "2017-03-21"}

request:
  # DECISION: the doc marks MediaIds "Required: Yes" although ReferenceIds is a second way to name
  # assets. We follow the doc: a request without MediaIds is a request finding (the case
  # reference-ids-only sends one on purpose). Not `suspicious`: severity is set per field, and the
  # cap of 20 on the same field is a plain violation.
  MediaIds:
    type: string
    required: true
    delimited: {separator: ",", max_items: 20}
    doc: "MediaIds string Yes. Separate multiple IDs with commas (,). You can specify up to 20 IDs."
  ReferenceIds:
    type: string
    delimited: {separator: ",", max_items: 20}
    doc: "A list of custom IDs. Separate multiple IDs with commas (,). You can specify up to 20 IDs."

response:
  fields:
    RequestId: {type: string, required: true, doc: "The request ID."}
    # DECISION: an id is one token. The lists are filled from a comma-separated request, so an item
    # can hold no comma, white space, bracket or quote; a JSON array serialised into one item (as in
    # the doc example) is a finding even when no request is at hand (`apiconform check`).
    NonExistMediaIds:
      type: array
      max_items: 20
      doc: "A list of media asset IDs that do not exist. (MediaIds: You can specify up to 20 IDs.)"
      items:
        type: string
        pattern: '[^\s,\[\]"]+\z'
        doc: "A list of media asset IDs that do not exist. (DECISION: one id per item)"
    NonExistReferenceIds:
      type: array
      max_items: 20
      doc: "A list of custom IDs that do not exist. (ReferenceIds: You can specify up to 20 IDs.)"
      items:
        type: string
        pattern: '[^\s,\[\]"]+\z'
        doc: "A list of custom IDs that do not exist. (DECISION: one id per item)"
    ForbiddenMediaIds:
      type: array
      max_items: 20
      doc: "A list of media asset IDs for which the operation is forbidden. (MediaIds: You can specify up to 20 IDs.)"
      items:
        type: string
        pattern: '[^\s,\[\]"]+\z'
        doc: "A list of media asset IDs for which the operation is forbidden. (DECISION: one id per item)"
    MediaInfos:
      type: array
      required: true
      max_items: 20
      doc: "You can retrieve information for up to 20 audio or video files in a single request."
      items:
        type: object
        fields:
          MediaId: {type: string, required: true, doc: "The ID of the media asset."}
          MediaInfo:
            type: object
            doc: "The basic information about the media asset."
            fields:
              StorageLocation: {type: string, doc: "The storage address of the audio or video file."}
              CreationTime:
                type: string
                time_format: iso8601_utc
                doc: "The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
              Status:
                type: string
                enum: [Uploading, UploadFail, UploadSucc, Transcoding, TranscodeFail, Blocked, Normal]
                doc: "The status of the video. Valid values: Uploading, UploadFail, UploadSucc, Transcoding, TranscodeFail, Blocked, Normal."
              CateId: {type: integer, doc: "The category ID. (integer)"}
              MediaId: {type: string, doc: "The ID of the media asset."}
              DownloadSwitch:
                type: string
                enum: ["on", "off"]
                doc: "The status of the offline download switch. Valid values: on, off."
              Tags:
                type: string
                delimited: {separator: ","}
                doc: "The tags of the audio or video file. Separate multiple tags with commas (,)."
              ModificationTime:
                type: string
                time_format: iso8601_utc
                doc: "The time when the audio or video file was last updated. The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
              CateName: {type: string, doc: "The category name."}
              Description: {type: string, doc: "The description of the audio or video file."}
              AppId: {type: string, doc: "The application ID."}
              CoverURL: {type: string, doc: "The URL of the thumbnail."}
              TemplateGroupId: {type: string, doc: "The ID of the transcoding template group."}
              Title: {type: string, doc: "The title of the audio or video file."}
              Snapshots:
                type: array
                doc: "An array of video snapshot URLs."
                # DECISION: every item is one URL. The doc example's single item holding a JSON array
                # of URLs and a literal "..." is a finding.
                items:
                  type: string
                  pattern: 'https?://\S+\z'
                  doc: "An array of video snapshot URLs."
              StorageClass:
                type: string
                enum: [Standard, IA, Archive, ColdArchive, SourceIA, SourceArchive, SourceColdArchive, Changing, SourceChanging]
                doc: "The storage class of the media asset. Valid values: Standard, IA, Archive, ColdArchive, SourceIA, SourceArchive, SourceColdArchive, Changing, SourceChanging."
              RestoreStatus:
                type: string
                enum: [Processing, Success, Failed]
                doc: "The restoration status of the media asset. Valid values: Processing, Success, Failed."
              # DECISION: the doc gives no format sentence for RestoreExpiration; its example
              # "2023-03-30T10:14:14Z" is the format of every other VOD time, so we hold it to it.
              RestoreExpiration:
                type: string
                time_format: iso8601_utc
                doc: "The expiration time of the restored media asset. (example: 2023-03-30T10:14:14Z)"
              # DECISION: "The custom parameters" are a JSON object in a string (example
              # {"Extend":"xxx","MessageCallback":"xxx"}).
              UserData:
                type: string
                json_string: object
                doc: "The custom parameters. (example: {\"Extend\":\"xxx\",\"MessageCallback\":\"xxx\"})"
              ReferenceId:
                type: string
                min_length: 6
                max_length: 64
                pattern: '[A-Za-z0-9_-]+\z'
                doc: "The ID can contain lowercase letters, uppercase letters, digits, hyphens (-), and underscores (_). The ID must be 6 to 64 characters in length and unique for a user."
          MezzanineInfo:
            type: object
            doc: "The information about the source file."
            fields:
              CreationTime:
                type: string
                time_format: iso8601_utc
                doc: "The time when the file was created. The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
              Status:
                type: string
                enum: [Uploading, Normal, UploadFail, Deleted]
                doc: "The status of the file. Valid values: Uploading, Normal, UploadFail, Deleted."
              FileURL: {type: string, doc: "The URL of the source file."}
              MediaId: {type: string, doc: "The ID of the media asset."}
              Height: {type: integer, minimum: 0, doc: "The height of the file in pixels (px). (integer)"}
              Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate of the file in Kbps. (string in the doc: \"771.2280\")"}
              # DECISION: a file name carries no surrounding white space; the doc example's trailing
              # "\n" is a finding. Suspicious: the doc does not say so in words.
              FileName:
                type: string
                pattern: '\S(?:.*\S)?\z'
                severity: suspicious
                doc: "The name of the file. (DECISION: no leading or trailing white space)"
              Width: {type: integer, minimum: 0, doc: "The width of the file in pixels (px). (integer)"}
              Size: {type: integer, minimum: 0, doc: "The size of the file in bytes. (integer)"}
              Duration: {type: string, numeric_string: decimal, doc: "The duration of the file in seconds. (string in the doc: \"42.4930\")"}
              Fps: {type: string, numeric_string: decimal, doc: "The frame rate of the file in frames per second. (string in the doc: \"25.0000\")"}
              AudioStreamList:
                type: array
                doc: "The information about the audio stream."
                items:
                  type: object
                  fields:
                    Index: {type: string, numeric_string: integer, minimum: 0, doc: "The sequence number of the audio stream. (string in the doc: \"0\")"}
                    Timebase: {type: string, numeric_string: decimal, doc: "The time base. (string in the doc: \"0.000000\")"}
                    SampleFmt: {type: string, doc: "The sampling format."}
                    SampleRate: {type: string, numeric_string: integer, doc: "The sample rate. (string in the doc: \"44100\")"}
                    ChannelLayout:
                      type: string
                      enum: [mono, stereo]
                      doc: "The output layout of the sound channel. Valid values: mono, stereo."
                    Lang: {type: string, doc: "The language."}
                    CodecLongName:
                      type: string
                      pattern: '\S(?:.*\S)?\z'
                      severity: suspicious
                      doc: "The long name of the encoding format. (DECISION: no leading or trailing white space)"
                    Channels: {type: string, numeric_string: integer, doc: "The number of sound channels. (string in the doc: \"1\")"}
                    NumFrames: {type: string, numeric_string: integer, doc: "The total number of frames. (string in the doc: \"1\")"}
                    Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate. (string in the doc: \"62.885\")"}
                    CodecTagString: {type: string, doc: "The tag text of the encoding format."}
                    # DECISION: the doc calls StartTime a UTC time in yyyy-MM-ddTHH:mm:ssZ; stream
                    # start offsets are seconds in most media tools. We follow the doc, as suspicious.
                    StartTime:
                      type: string
                      time_format: iso8601_utc
                      severity: suspicious
                      doc: "The start time. The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
                    CodecName: {type: string, doc: "The short name of the encoding format."}
                    Duration: {type: string, numeric_string: decimal, doc: "The duration. (string in the doc: \"3.227574\")"}
                    CodecTag: {type: string, pattern: '0x[0-9a-fA-F]+\z', doc: "The tag of the encoding format. (example: 0x6134706d)"}
                    CodecTimeBase: {type: string, pattern: '[0-9]+/[0-9]+\z', doc: "The codec time base. (example: 1/44100)"}
              VideoStreamList:
                type: array
                doc: "The information about the video stream."
                items:
                  type: object
                  fields:
                    Timebase: {type: string, numeric_string: decimal, doc: "The time base. (string in the doc: \"0.000000\")"}
                    Index: {type: string, numeric_string: integer, minimum: 0, doc: "The sequence number of the video stream. (string in the doc: \"1\")"}
                    AvgFPS: {type: string, numeric_string: decimal, doc: "The average frame rate. (string in the doc: \"30.0\")"}
                    PixFmt: {type: string, doc: "The pixel format."}
                    Lang: {type: string, doc: "The language."}
                    Sar: {type: string, pattern: '[0-9]+:[0-9]+\z', doc: "The sample aspect ratio (SAR). (example: 0:1)"}
                    Height: {type: string, numeric_string: integer, minimum: 1, doc: "The height of the video. (string here, integer in MezzanineInfo: \"320\")"}
                    CodecLongName:
                      type: string
                      pattern: '\S(?:.*\S)?\z'
                      severity: suspicious
                      doc: "The long name of the encoding format. (DECISION: no leading or trailing white space)"
                    NumFrames: {type: string, numeric_string: integer, doc: "The total number of frames. (string in the doc: \"0\")"}
                    Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate of the file in Kbps. (string in the doc: \"500\")"}
                    Rotate:
                      type: string
                      numeric_string: integer
                      minimum: 0
                      exclusive_maximum: 360
                      doc: "The rotation angle of the video. Valid values: [0, 360)."
                    CodecTagString: {type: string, doc: "The tag text of the encoding format."}
                    HasBFrames: {type: string, numeric_string: integer, minimum: 0, doc: "Indicates whether B-frames exist. (string in the doc: \"0\")"}
                    Profile: {type: string, doc: "The codec profile."}
                    StartTime:
                      type: string
                      time_format: iso8601_utc
                      severity: suspicious
                      doc: "The start time. The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
                    Dar: {type: string, pattern: '[0-9]+:[0-9]+\z', doc: "The display aspect ratio (DAR). (example: 0:1)"}
                    CodecName: {type: string, doc: "The short name of the encoding format."}
                    Width: {type: string, numeric_string: integer, minimum: 1, doc: "The width of the video. (string here, integer in MezzanineInfo: \"568\")"}
                    Duration: {type: string, numeric_string: decimal, doc: "The duration. (string in the doc: \"3.166667\")"}
                    Fps: {type: string, numeric_string: decimal, doc: "The frame rate. (string in the doc: \"30.0\")"}
                    CodecTag: {type: string, pattern: '0x[0-9a-fA-F]+\z', doc: "The tag of the encoding format. (example: 0x31637661)"}
                    CodecTimeBase: {type: string, pattern: '[0-9]+/[0-9]+\z', doc: "The codec time base. (example: 1/60)"}
                    Level: {type: string, numeric_string: integer, doc: "The encoding level. (string in the doc: \"30\")"}
                    # DECISION: the video stream's HDRType lists no values of its own; the set documented
                    # for PlayInfoList.HDRType applies, as suspicious.
                    HDRType:
                      type: string
                      enum: [HDR, HDR10, HLG, DolbyVision, HDRVivid, SDR+]
                      severity: suspicious
                      doc: "The High Dynamic Range (HDR) type of the video stream. (values: PlayInfoList.HDRType: HDR, HDR10, HLG, DolbyVision, HDRVivid, SDR+)"
              # DECISION: FileMD5 is listed with a type and no description; the doc example sends "".
              # An empty string (not computed) or 32 hex digits; suspicious.
              FileMD5:
                type: string
                pattern: '(?:[0-9a-fA-F]{32})?\z'
                severity: suspicious
                doc: "FileMD5 string (no description; example \"\")"
          PlayInfoList:
            type: array
            doc: "The playback information about the audio or video file. This is the stream information."
            items:
              type: object
              fields:
                CreationTime:
                  type: string
                  time_format: iso8601_utc
                  doc: "The time when the stream was created. The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
                Status:
                  type: string
                  enum: [Normal, Invisible]
                  doc: "The status of the media stream. Valid values: Normal, Invisible."
                Specification: {type: string, doc: "The output specifications of audio and video transcoding."}
                NarrowBandType:
                  type: string
                  enum: ["0", "1.0", "2.0"]
                  doc: "The transcoding type. Valid values: 0: normal transcoding. 1.0: Narrowband HD 1.0 transcoding. 2.0: Narrowband HD 2.0 transcoding."
                Height: {type: integer, minimum: 0, doc: "The height of the media stream in pixels (px). (integer)"}
                Bitrate: {type: string, numeric_string: decimal, doc: "The bitrate of the media stream in Kbps. (string in the doc: \"450.878\")"}
                ModificationTime:
                  type: string
                  time_format: iso8601_utc
                  doc: "The time when the stream was last updated. The time is in the yyyy-MM-ddTHH:mm:ssZ format. The time is displayed in UTC."
                WatermarkId: {type: string, doc: "The ID of the watermark template that is associated with the media stream."}
                Encrypt:
                  type: integer
                  enum: [0, 1]
                  doc: "Indicates whether the media stream is encrypted. Valid values: 0: no. 1: yes."
                Definition:
                  type: string
                  enum: [FD, LD, SD, HD, OD, 2K, 4K, SQ, HQ, AUTO]
                  doc: "The definition of the video stream. Valid values: FD, LD, SD, HD, OD, 2K, 4K, SQ, HQ, AUTO."
                EncryptType:
                  type: string
                  enum: [AliyunVoDEncryption, HLSEncryption]
                  doc: "The encryption type of the media stream. Valid values: AliyunVoDEncryption, HLSEncryption."
                EncryptMode:
                  type: string
                  enum: [License]
                  doc: "The encryption mode of the media stream. Valid values: License: local decryption mode."
                StreamType:
                  type: string
                  enum: [video, audio]
                  doc: "If the media stream is a video stream, the value is video. If the media stream is an audio-only stream, the value is audio."
                JobId: {type: string, doc: "The ID of the transcoding job for the media stream."}
                Size: {type: integer, minimum: 0, doc: "The size of the media stream in bytes. (integer)"}
                Width: {type: integer, minimum: 0, doc: "The width of the media stream in pixels (px). (integer)"}
                Fps: {type: string, numeric_string: decimal, doc: "The frame rate of the media stream in frames per second. (string in the doc: \"25\")"}
                Duration: {type: string, numeric_string: decimal, doc: "The duration of the media stream in seconds. (string in the doc: \"9.0464\")"}
                PlayURL: {type: string, doc: "The playback URL of the video stream."}
                Format:
                  type: string
                  enum: [mp4, m3u8, mp3]
                  doc: "If the media file is a video, valid values are mp4 and m3u8. If the media file is audio-only, the value is mp3."
                HDRType:
                  type: string
                  enum: [HDR, HDR10, HLG, DolbyVision, HDRVivid, SDR+]
                  doc: "The HDR type of the media stream. Valid values: HDR, HDR10, HLG, DolbyVision, HDRVivid, SDR+."
                BitDepth: {type: integer, minimum: 1, doc: "The color depth. The value is an integer."}
                JobType:
                  type: integer
                  enum: [1, 2]
                  doc: "The type of the digital watermark. Valid values: 1: tracing watermark. 2: copyright watermark."
                # TODO(engine): "returned only when JobType is 2" is a conditional presence the catalog
                # cannot state (no rule ties one field's presence to another's value).
                JobExt: {type: string, doc: "The custom watermark information for the copyright watermark. This parameter is returned only when JobType is 2."}
                CodecName: {type: string, doc: "The short name of the encoding format."}
                TemplateId: {type: string, doc: "The ID of the transcoding template."}
                TemplateGroupId: {type: string, doc: "The ID of the transcoding template group."}

invariants:
  # Batch partition. A request may name assets by MediaIds, by ReferenceIds, or both; an item found by
  # one key need not appear in the other key's list, so each exact partition only holds when its key
  # is the only one sent. The rule's `returned` path reaches the nested ReferenceId
  # ($.MediaInfos[*].MediaInfo.ReferenceId) without trouble; what it cannot express is "each item is
  # accounted for by MediaId OR by ReferenceId".
  # TODO(engine): batch_partition over two keys at once (each item matches at least one key, each
  # key's partition computed over the items that match it). Until then, mixed requests get the weaker
  # "the not-found lists hold only requested ids, each once" checks below.
  - rule: batch_partition
    requested: {param: MediaIds, separator: ","}
    returned: $.MediaInfos[*].MediaId
    others: ["$.NonExistMediaIds[*]", "$.ForbiddenMediaIds[*]"]
    complete: true
    unless: [ReferenceIds]
    doc: "MediaIds: Separate multiple IDs with commas (,). / NonExistMediaIds: A list of media asset IDs that do not exist. / ForbiddenMediaIds: A list of media asset IDs for which the operation is forbidden."
  - rule: batch_partition
    requested: {param: ReferenceIds, separator: ","}
    returned: $.MediaInfos[*].MediaInfo.ReferenceId
    others: ["$.NonExistReferenceIds[*]"]
    complete: true
    unless: [MediaIds]
    doc: "ReferenceIds: A list of custom IDs. Separate multiple IDs with commas (,). / NonExistReferenceIds: A list of custom IDs that do not exist."
  - rule: batch_partition
    requested: {param: MediaIds, separator: ","}
    returned: $.NonExistMediaIds[*]
    others: ["$.ForbiddenMediaIds[*]"]
    complete: false
    when: [ReferenceIds]
    doc: "NonExistMediaIds: A list of media asset IDs that do not exist. / ForbiddenMediaIds: A list of media asset IDs for which the operation is forbidden. (mixed request: only requested ids, each once)"
  - rule: batch_partition
    requested: {param: ReferenceIds, separator: ","}
    returned: $.NonExistReferenceIds[*]
    complete: false
    when: [MediaIds]
    doc: "NonExistReferenceIds: A list of custom IDs that do not exist. (mixed request: only requested ids, each once)"
  - rule: unique_items
    items: $.MediaInfos
    key: MediaId
    doc: "DECISION: a batch lists each media asset once."
  - rule: relation
    each: $.MediaInfos[*]
    check: equal
    left: MediaInfo.MediaId
    right: MediaId
    doc: "MediaInfos[].MediaId: The ID of the media asset. / MediaInfo.MediaId: The ID of the media asset."
  - rule: relation
    each: $.MediaInfos[*]
    check: equal
    left: MezzanineInfo.MediaId
    right: MediaId
    doc: "MediaInfos[].MediaId: The ID of the media asset. / MezzanineInfo.MediaId: The ID of the media asset."
  - rule: relation
    each: $.MediaInfos[*].MediaInfo
    check: not_before
    left: ModificationTime
    right: CreationTime
    time_format: iso8601_utc
    doc: "DECISION: a file cannot be last updated before it was created (CreationTime / ModificationTime: the time when the audio or video file was created / last updated)."
  - rule: relation
    each: $.MediaInfos[*].PlayInfoList[*]
    check: not_before
    left: ModificationTime
    right: CreationTime
    time_format: iso8601_utc
    doc: "DECISION: a stream cannot be last updated before it was created (CreationTime / ModificationTime: the time when the stream was created / last updated)."

# Alibaba's common error body: {"RequestId": ..., "HostId": ..., "Code": ..., "Message": ..., "Recommend": ...}.
errors:
  code: Code
  message: Message
  request_id: RequestId
  code_pattern: '[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*\z'
  doc: "Error codes: See Error Codes for a complete list (Alibaba Cloud common error response)."
"""##),
    ]
}
