import APIConformSigning
import Foundation

/// Reads `Fixtures/signing-vectors.json`, the SDK-computed test vectors kept beside this file.
///
/// The vectors are part of the test target's sources (found from `#filePath`, so no resource bundle
/// is needed) and never looked up outside the package: the tests must pass on a lone clone. A missing
/// file is an error, never a skip: passing without the vectors would hide every regression they guard.
enum SigningVectors {
    static let fixture = "Fixtures/signing-vectors.json"

    static func locate(filePath: String = #filePath) throws -> String {
        let path = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(fixture).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw VectorError("signing-vectors.json not found at \(path); it is part of the repository (Tests/APIConformSigningTests/\(fixture))")
        }
        return path
    }

    static func load() throws -> OrderedJSON {
        let path = try locate()
        guard let data = FileManager.default.contents(atPath: path) else {
            throw VectorError("cannot read \(path)")
        }
        return try OrderedJSON.parse(Array(data))
    }

    /// The ids of every vector in a family (`alibaba_rpc_v1`, `alibaba_acs3`, `huawei_sdk_hmac`).
    static func ids(family: String) throws -> [String] {
        try load().member(family).elements().map { try $0.member("id").text() }
    }

    static func vector(family: String, id: String) throws -> OrderedJSON {
        let all = try load().member(family).elements()
        guard let found = try all.first(where: { try $0.member("id").text() == id }) else {
            throw VectorError("vector \(id) is not in \(family)")
        }
        return found
    }
}

struct VectorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension OrderedJSON {
    /// The member called `name`; throws if this is not an object or the member is absent.
    func member(_ name: String) throws -> OrderedJSON {
        guard case .object(let members) = self, let found = members.first(where: { $0.name == name }) else {
            throw VectorError("the vectors have no member \(name)")
        }
        return found.value
    }

    /// The member called `name`, or `nil` when it is absent or JSON `null`.
    func optionalMember(_ name: String) -> OrderedJSON? {
        guard let value = try? member(name), value != .null else { return nil }
        return value
    }

    func members() throws -> [Member] {
        guard case .object(let members) = self else { throw VectorError("expected an object") }
        return members
    }

    func elements() throws -> [OrderedJSON] {
        guard case .array(let elements) = self else { throw VectorError("expected an array") }
        return elements
    }

    /// The value as Python's `str()` renders it, which is how the SDKs serialise parameters.
    func text() throws -> String {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "True" : "False"
        default: throw VectorError("expected a scalar, found \(self)")
        }
    }

    /// An object's members as ordered query pairs with Python-`str()` values.
    func queryParameters() throws -> [QueryParameter] {
        try members().map { QueryParameter($0.name, try $0.value.text()) }
    }

    /// An object's members as ordered header fields.
    func headerFields() throws -> [HeaderField] {
        try members().map { HeaderField($0.name, try $0.value.text()) }
    }
}

extension OrderedJSON {
    /// The credentials in an Alibaba vector's `inputs`.
    func alibabaCredentials() throws -> SigningCredentials {
        SigningCredentials(
            accessKeyId: try member("access_key_id").text(),
            secret: try member("access_key_secret").text(),
            securityToken: try optionalMember("security_token")?.text()
        )
    }

    /// The fixed clock and nonce in an Alibaba vector's `inputs`.
    func alibabaAttempt() throws -> SigningAttempt {
        let timestamp = try member("timestamp").text()
        guard let date = SigningTime.parseAlibaba(timestamp) else { throw VectorError("unparsable timestamp \(timestamp)") }
        return SigningAttempt(date: date, nonce: try member("nonce").text())
    }
}
