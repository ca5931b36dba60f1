import Foundation

/// Tells which operation a recording records: by its directory (`cases/recordings/<operation>/`),
/// else by what the request itself says — Alibaba's action (`x-acs-action`, or `Action` in an RPC v1
/// query) or a Huawei path template such as `/v1.0/{project_id}/asset/info`.
public struct OperationIdentifier: Sendable {
    let operations: Set<String>
    let bindings: [(operation: String, http: HTTPBinding)]
    /// The contracts by operation, so a profile can judge each response against its own request.
    let contracts: [String: Contract]

    public init(contracts: [Contract]) {
        operations = Set(contracts.map(\.operation))
        self.contracts = Dictionary(contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
        bindings = contracts.map { ($0.operation, $0.http) }.sorted { $0.operation < $1.operation }
    }

    /// The operation, or nil when neither the directory nor the request names one.
    public func operation(of recording: Recording, directory: String) -> String? {
        if operations.contains(directory) { return directory }
        if let action = header("x-acs-action", of: recording) ?? query("Action", of: recording) {
            let version = header("x-acs-version", of: recording) ?? query("Version", of: recording)
            let candidates = bindings.filter { $0.http.action == action }
            return (candidates.first { version != nil && $0.http.version == version } ?? candidates.first)?.operation
        }
        let path = Self.path(of: recording.target)
        return bindings.first { $0.http.action == nil && $0.http.matches(path: path) }?.operation
    }

    func header(_ name: String, of recording: Recording) -> String? {
        recording.requestHeaders.first { $0.name.lowercased() == name }?.value
    }

    func query(_ name: String, of recording: Recording) -> String? {
        recording.queryItems.first { $0.name == name }?.value
    }

    /// The path of an absolute URL or an origin-form target, without its query.
    static func path(of target: String) -> String {
        let withoutQuery = String(target.prefix { $0 != "?" })
        guard let scheme = withoutQuery.range(of: "://") else { return withoutQuery }
        let rest = withoutQuery[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }
}
