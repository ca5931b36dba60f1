/// The identity of a request for matching it to a recording: its business parameters, sorted, with
/// the signing fields that change on every attempt left out. Shared by replay and the stand-in.
public enum RequestKey {
    /// Parameters the signers add or that change on every attempt; they never decide a match.
    public static let volatileParameters: Set<String> = [
        "Action", "Version", "Format", "Timestamp", "SignatureNonce", "SignatureMethod", "SignatureVersion",
        "SignatureType", "Signature", "AccessKeyId", "SecurityToken", "RegionId",
    ]

    public static func canonical(_ items: [(name: String, value: String)]) -> [String] {
        items.filter { !volatileParameters.contains($0.name) }.map { "\($0.name)=\($0.value)" }.sorted()
    }

    /// Why two requests differ, or nil when they match.
    public static func mismatch(recorded: [(name: String, value: String)], expected: [(name: String, value: String)]) -> String? {
        let have = canonical(recorded), want = canonical(expected)
        guard have != want else { return nil }
        let missing = want.filter { !have.contains($0) }, extra = have.filter { !want.contains($0) }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("the case sends \(missing.joined(separator: "&")) but the recording does not") }
        if !extra.isEmpty { parts.append("the recording has \(extra.joined(separator: "&")) but the case does not send it") }
        return parts.joined(separator: "; ")
    }
}
