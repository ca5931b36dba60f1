import APIConformCore

/// The reproduction of a failing or erring live case. The provider module says which credential
/// variables it signs with (asked with none set, it names the ones it misses), so the line names
/// them and never holds a value; an operation that needs none (`auth: anonymous`) gets a curl line
/// that sends exactly the request.
extension LiveTransport {
    public func reproduction(of testCase: TestCase, contract: Contract) -> String? {
        guard let adapter = adapters[contract.provider] else { return nil }
        var named: [String] = []
        var prepared: PreparedRequest?
        for _ in 0..<4 {
            do {
                let placeholders = Dictionary(named.map { ($0, "$" + $0) }, uniquingKeysWith: { first, _ in first })
                prepared = try adapter.prepare(testCase, contract: contract, target: target,
                                               credentials: Credentials.read(target.credentialVariables, environment: placeholders))
                break
            } catch {
                let missing = error.variables.filter { !named.contains($0) }
                guard !missing.isEmpty else { break }
                named += missing
            }
        }
        let redactor = Redactor(secrets: credentials.secrets)
        var lines: [String] = []
        var command = ["apiconform", "run", "--target", Shell.quoted(target.name)]
        if target.location.file != "cases/targets.yaml" && !target.location.file.isEmpty { command += ["--targets", Shell.quoted(target.location.file)] }
        command += ["--filter", Shell.quoted("\(contract.operation)/\(testCase.name)")]
        if !testCase.location.file.hasPrefix("cases/suites/") { command.append(Shell.quoted(testCase.location.file)) }
        lines.append(command.joined(separator: " ") + (named.isEmpty ? "" : "   # signs with " + named.map { "$" + $0 }.joined(separator: ", ")))
        if named.isEmpty, let prepared {
            var curl = ["curl", "-sS", "-X", prepared.method, Shell.quoted(prepared.url)]
            for header in prepared.headers where header.name.lowercased() != "user-agent" {
                curl += ["-H", Shell.quoted("\(header.name): \(header.value)")]
            }
            if !prepared.body.isEmpty { curl += ["--data-binary", Shell.quoted(String(decoding: prepared.body, as: UTF8.self))] }
            lines.append(curl.joined(separator: " "))
        }
        if !testCase.request.members.isEmpty {
            lines.append("request parameters: " + JSONWriter(pretty: false).string(.object(testCase.request)))
        }
        return redactor.text(lines.joined(separator: "\n"))
    }
}

/// POSIX shell quoting for command lines a reader pastes.
enum Shell {
    static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII || "0123456789-_./:=@%+,".unicodeScalars.contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
