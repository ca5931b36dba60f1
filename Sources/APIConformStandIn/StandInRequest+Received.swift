import APIConformSigning

extension StandInRequest {
    /// The request as the signing library's verifiers read it.
    var received: ReceivedRequest {
        ReceivedRequest(method: method, target: uri, headers: headers.map { HeaderField($0.name, $0.value) }, body: body)
    }
}
