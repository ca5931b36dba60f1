import APIConformCore
import APIConformSynthesis
import Foundation

/// Writes a realistic recording set from the contracts: case files and one recording per case,
/// spread over every operation, each body synthesised to conform.
enum RecordingSetGenerator {
    /// Creates `cases` cases under `directory/suites` and `directory/recordings`; returns the suites path.
    static func write(cases: Int, pageSize: Int, contracts: [Contract], into directory: String) throws -> String {
        let suites = directory + "/suites"
        try FileManager.default.createDirectory(atPath: suites, withIntermediateDirectories: true)
        for (index, contract) in contracts.enumerated() {
            let share = cases / contracts.count + (index < cases % contracts.count ? 1 : 0)
            guard share > 0 else { continue }
            let recordings = directory + "/recordings/" + contract.operation
            try FileManager.default.createDirectory(atPath: recordings, withIntermediateDirectories: true)
            var yaml = "operation: \(contract.operation)\ncases:\n"
            for number in 0..<share {
                let synthesizer = BodySynthesizer(contract: contract, pageSize: pageSize, seed: number)
                let (request, body) = synthesizer.response(for: synthesizer.request())
                let name = "generated-\(number)"
                yaml += "  - name: \(name)\n    request: \(JSONWriter(pretty: false).string(.object(request)))\n"
                let query = QueryString.encode(QueryString.items(of: request))
                let recording = Recording(method: contract.http.method, target: "https://example.invalid\(contract.http.path)?\(query)",
                                          requestHeaders: [], status: 200, reason: "OK",
                                          responseHeaders: [.init(name: "content-type", value: "application/json")],
                                          body: JSONWriter(pretty: true).bytes(body))
                FileManager.default.createFile(atPath: "\(recordings)/\(name).http", contents: Data(recording.serialized()))
            }
            FileManager.default.createFile(atPath: "\(suites)/\(contract.operation).yaml", contents: Data(yaml.utf8))
        }
        return suites
    }
}
