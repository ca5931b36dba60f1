import APIConformCore

/// Where the stand-in's answers come from once a request is routed, verified and not faulted: the
/// recordings, or a synthetic account that answers from a generated dataset.
public protocol AnswerSource: Sendable {
    /// A one-line description for `serve`'s start-up message.
    var summary: String { get }
    func answer(_ route: ProviderRoute) -> StandInResponse
}

extension RecordingIndex: AnswerSource {
    public var summary: String { "\(count) recordings" }

    public func answer(_ route: ProviderRoute) -> StandInResponse {
        let provider = route.contract.provider
        guard let recording = recording(operation: route.contract.operation, request: route.parameters) else {
            return ProviderErrors.notFound(provider: provider, recording: true,
                                           message: "The stand-in has no recording for \(route.contract.operation) with \(RequestKey.canonical(route.parameters).joined(separator: "&"))")
        }
        let headers = recording.responseHeaders.filter { !["content-length", "transfer-encoding", "connection"].contains($0.name.lowercased()) }
        return StandInResponse(status: recording.status, headers: headers.map { ($0.name, $0.value) }, body: recording.body)
    }
}
