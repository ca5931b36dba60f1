/// The one answer to "which operation is this request?", shared by `diff` (recordings without an
/// operation directory) and the stand-in (requests off the wire): each provider routes among its
/// own contracts, in `Providers.all` order.
public struct RequestRouter: Sendable {
    /// Contracts by provider, sorted by operation so the answer does not depend on load order.
    let contracts: [String: [Contract]]

    public init(contracts: [Contract]) {
        self.contracts = Dictionary(grouping: contracts.sorted { $0.operation < $1.operation }, by: \.provider)
    }

    public func route(_ request: ProviderRequest) -> Contract? {
        for provider in Providers.all {
            if let contract = provider.route(request, among: contracts[provider.name] ?? []) { return contract }
        }
        return nil
    }
}
