import Foundation

/// Tells which operation a recording records: by its directory (`cases/recordings/<operation>/`),
/// else by what the request itself says, as the providers route it (`RequestRouter`).
public struct OperationIdentifier: Sendable {
    let operations: Set<String>
    let router: RequestRouter
    /// The contracts by operation, so a profile can judge each response against its own request.
    let contracts: [String: Contract]

    public init(contracts: [Contract]) {
        operations = Set(contracts.map(\.operation))
        self.contracts = Dictionary(contracts.map { ($0.operation, $0) }, uniquingKeysWith: { first, _ in first })
        router = RequestRouter(contracts: contracts)
    }

    /// The operation, or nil when neither the directory nor the request names one.
    public func operation(of recording: Recording, directory: String) -> String? {
        if operations.contains(directory) { return directory }
        let request = ProviderRequest(path: Self.path(of: recording.target), headers: recording.requestHeaders.map { ($0.name, $0.value) },
                                      parameters: recording.queryItems)
        return router.route(request)?.operation
    }

    /// The path of an absolute URL or an origin-form target, without its query.
    static func path(of target: String) -> String {
        let withoutQuery = String(target.prefix { $0 != "?" })
        guard let scheme = withoutQuery.range(of: "://") else { return withoutQuery }
        let rest = withoutQuery[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }
}
