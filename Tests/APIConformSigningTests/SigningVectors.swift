import APIConformSigning
import Foundation

/// Finds and reads `shared/signing/signing-vectors.json`, the SDK-computed test vectors.
///
/// The file lives in the project's `shared/` folder beside the package, not in the package,
/// so it is found by walking up from this source file: each ancestor folder of `#filePath`
/// (as written, and with symlinks resolved, since the package may be built through a linked
/// copy) is tried for `shared/signing/signing-vectors.json`; `APICONFORM_SHARED`, when set,
/// names the `shared` folder directly and is tried first. A missing file is an error, never
/// a skip: silently passing without the vectors would hide every regression they guard.
enum SigningVectors {
    static let relativePath = "shared/signing/signing-vectors.json"

    static func candidates(
        filePath: String = #filePath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String] {
        var result: [String] = []
        if let shared = environment["APICONFORM_SHARED"], !shared.isEmpty {
            result.append(URL(fileURLWithPath: shared).appendingPathComponent("signing/signing-vectors.json").path)
        }
        let source = URL(fileURLWithPath: filePath)
        for start in [source, source.resolvingSymlinksInPath()] {
            var folder = start.deletingLastPathComponent()
            while folder.path != "/" {
                result.append(folder.appendingPathComponent(relativePath).path)
                folder = folder.deletingLastPathComponent()
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    static func locate(
        filePath: String = #filePath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        let tried = candidates(filePath: filePath, environment: environment)
        guard let found = tried.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw VectorError("""
                signing-vectors.json not found. The signing tests need the SDK-computed vectors at \
                <project>/\(relativePath), beside the package (or set APICONFORM_SHARED to the shared folder). \
                Looked in: \(tried.joined(separator: ", "))
                """)
        }
        return found
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
