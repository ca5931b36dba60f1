import APIConformCore

/// Small builders for the bodies the synthetic account writes: members whose value is nil are left
/// out, as the providers leave out optional fields an asset does not have.
enum SyntheticJSON {
    static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(JSONObject(members: members.compactMap { key, value in value.map { JSONObject.Member(key: key, value: $0) } }))
    }

    static func string(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }

    static func int<I: BinaryInteger>(_ value: I?) -> JSONValue? { value.map { .number(JSONNumber(literal: String($0))) } }

    /// A JSON document inside a string (`"Snapshots": "[\"https://…\"]"`), as ICE writes it.
    static func embedded(_ value: JSONValue) -> JSONValue { .string(JSONWriter(pretty: false).string(value)) }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// An instant as the provider writes it: ISO 8601 UTC (Alibaba) or yyyymmddhhmmss (Huawei).
    static func time(_ seconds: Int64, _ format: TimeFormat = .iso8601UTC) -> JSONValue { .string(format.format(seconds)) }

    /// Milliseconds as decimal seconds with `places` digits (≥ 3) after the point: "60.00000", "42.493".
    static func seconds(_ milliseconds: Int64, places: Int) -> String {
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)\(String(repeating: "0", count: places - 3))"
    }

    static func response(_ status: Int, _ body: JSONValue) -> StandInResponse {
        StandInResponse(status: status, body: JSONWriter(pretty: false).bytes(body))
    }
}
