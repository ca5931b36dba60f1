import APIConformCore

/// Error answers in the shape and codes of the provider a contract names, from its stand-in module,
/// so clients under test see what production sends.
enum ProviderErrors {
    static func body(provider: String, status: Int, code: String, message: String) -> StandInResponse {
        .json(status, StandInProviders.named(provider).errorBody(code: code, message: message))
    }

    static func answer(provider: String, _ answer: ErrorAnswer) -> StandInResponse {
        body(provider: provider, status: answer.status, code: answer.code, message: answer.message)
    }

    static func throttled(provider: String, retryAfter: Int = 1) -> StandInResponse {
        var response = answer(provider: provider, StandInProviders.named(provider).throttling)
        response.headers.append(("retry-after", String(retryAfter)))
        return response
    }

    static func internalError(provider: String) -> StandInResponse {
        answer(provider: provider, StandInProviders.named(provider).internalError)
    }

    /// A 404 for a request the stand-in cannot answer: no `recording` matches it, or the synthetic account lacks the operation.
    static func notFound(provider: String, recording: Bool, message: String) -> StandInResponse {
        body(provider: provider, status: 404, code: StandInProviders.named(provider).notFoundCode(recording: recording), message: message)
    }

    static func invalidParameter(provider: String, _ name: String, reason: String) -> StandInResponse {
        answer(provider: provider, StandInProviders.named(provider).invalidParameter(name, reason: reason))
    }
}
