import APIConformCore
import Foundation

/// A target's base URL split the way the signers need it: scheme, host, optional port.
struct Endpoint {
    var scheme: String
    var host: String
    var port: Int?

    init?(_ url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host, !host.isEmpty else { return nil }
        self.scheme = scheme
        self.host = host
        port = components.port
    }

    static func resolve(_ target: Target, operation: String) throws(CredentialError) -> Endpoint {
        guard let text = target.endpoint(for: operation), let endpoint = Endpoint(text) else {
            throw CredentialError(message: "target '\(target.name)' has no usable endpoint for \(operation)")
        }
        return endpoint
    }
}

/// The User-Agent APIConform sends: honest about being a conformance tool.
enum UserAgent {
    static let value = "apiconform/0.1 (contract conformance)"
}
