/// One operation's responses in a recording set: successful (2xx) bodies and error bodies apart,
/// since they have different shapes and only the first has a contract tree.
public struct OperationProfile: Sendable {
    public internal(set) var success = BodyProfile()
    public internal(set) var errors = BodyProfile()

    public init() {}

    public subscript(body: BodyKind) -> BodyProfile {
        body == .success ? success : errors
    }

    mutating func add(_ recording: Recording, file: String, contract: Contract? = nil) {
        if (200...299).contains(recording.status) {
            success.add(body: recording.body, file: file, overCap: contract.map { Self.overCap(recording, contract: $0) } ?? [])
        } else {
            errors.add(body: recording.body, file: file)
        }
    }
}

extension OperationProfile {
    /// The lists (as profile paths, `$.MediaInfos[*].PlayInfoList`) holding more items than the cap
    /// of the request that fetched them, judged by the contract's own `list_cap` rule, as `run` does:
    /// a page of 11 at `size` 10 is over its cap even though `size` may be 100.
    static func overCap(_ recording: Recording, contract: Contract) -> Set<String> {
        var grouped: [(name: String, values: [String])] = []
        for item in recording.queryItems {
            if let index = grouped.firstIndex(where: { $0.name == item.name }) { grouped[index].values.append(item.value) } else { grouped.append((item.name, [item.value])) }
        }
        let request = JSONObject(members: grouped.map { entry in
            JSONObject.Member(key: entry.name, value: entry.values.count == 1 ? .string(entry.values[0]) : .array(entry.values.map(JSONValue.string)))
        })
        let findings = ContractEvaluator(contract: contract).evaluate(Exchange(status: recording.status, headers: [], body: recording.body), request: request).response
        return Set(findings.filter { $0.rule == ListCapRule.key && $0.drift == .capExceeded }.map(\.path.field))
    }

    /// `$.a[3].b` as `$.a[*].b`: the profile path a finding belongs to.
    static func wildcarded(_ path: FindingPath) -> String {
        path.field
    }
}

/// Which bodies a field belongs to.
public enum BodyKind: String, Hashable, Sendable, CaseIterable, Comparable {
    case success, error

    public static func < (lhs: BodyKind, rhs: BodyKind) -> Bool { lhs == .success && rhs == .error }
}
