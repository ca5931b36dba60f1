import APIConformCore

/// Verifies each request as the gateway of its contract's provider does, with the credentials that
/// provider's stand-in module accepts.
public struct ProviderSignatureVerifier: SignatureVerifying {
    let modules: [String: any StandInProvider]

    /// One module per provider; a provider left out accepts no credentials.
    public init(_ modules: [any StandInProvider]) {
        var byName: [String: any StandInProvider] = [:]
        for module in modules { byName[type(of: module).name] = module }
        self.modules = byName
    }

    public func verify(_ request: StandInRequest, contract: Contract) -> VerificationOutcome {
        let module = modules[contract.provider] ?? StandInProviders.named(contract.provider).init(environment: [:])
        return module.verify(request, contract: contract)
    }
}
