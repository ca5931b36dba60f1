import APIConformCore

/// A provider's part of the stand-in: how its gateway checks a request's authentication, and its error
/// answers in its documented shape and codes. The stand-in itself only routes, faults and replays; a
/// new provider is a type conforming here, listed in `StandInProviders.all`.
public protocol StandInProvider: SignatureVerifying {
    /// The `provider:` name of the contracts it answers for.
    static var name: String { get }
    /// For `serve`'s help: the variables it takes accepted credentials from.
    static var acceptedVariables: String { get }
    /// Accepting the credentials `environment` holds under the official SDKs' variable names (none when it holds none).
    init(environment: [String: String])

    /// An error body in the provider's shape.
    static func errorBody(code: String, message: String) -> String
    /// What its gateway answers when throttling (the stand-in adds `Retry-After`).
    static var throttling: ErrorAnswer { get }
    /// Its answer to a server-side failure.
    static var internalError: ErrorAnswer { get }
    /// The code of a 404 for a request the stand-in has no answer to (no recording, an operation the synthetic account lacks).
    static func notFoundCode(recording: Bool) -> String
    /// Its answer to a parameter value it refuses (the synthetic account's filters and tokens).
    static func invalidParameter(_ name: String, reason: String) -> ErrorAnswer
}
