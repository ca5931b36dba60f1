import APIConformCore
import Foundation

/// The three files `apiconform init` writes for a new operation: a contract skeleton, a suite with one
/// case, and that case's recording template — together they pass `lint` and `run`, and every TODO says
/// what to take from the provider's documentation.
struct OperationScaffold {
    let operation: String
    let provider: any Provider.Type

    /// `vod.GetPlayInfo` → `GetPlayInfo` (the action), `vod` (the endpoint prefix).
    var action: String { operation.split(separator: ".").last.map(String.init) ?? operation }
    var product: String { operation.split(separator: ".").first.map(String.init) ?? operation }
    static let caseName = "first-call"

    /// Why `operation` cannot name a scaffold, or nil.
    static func problem(with operation: String) -> String? {
        let parts = operation.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        return valid ? nil : "'\(operation)' is not an operation id: write PRODUCT.Action, e.g. vod.GetPlayInfo or huawei.ShowAssetDetail"
    }

    /// The sections whose shape is the provider's (its module writes them).
    var providerParts: ProviderScaffold { provider.scaffold(product: product, action: action) }

    /// Relative path under the cases folder → content.
    var files: [(path: String, text: String)] {
        [("contracts/\(operation).yaml", contract), ("suites/\(operation).yaml", suite),
         ("recordings/\(operation)/\(Self.caseName).http", recording)]
    }

    var contract: String {
        let parts = providerParts
        return """
            # yaml-language-server: $schema=../../schemas/contract.schema.json
            # \(operation): a contract skeleton written by `apiconform init`. Fill it in from the provider's
            # documentation (docs/contracts.md): every rule's `doc:` quotes the sentence it comes from.
            operation: \(operation)
            provider: \(provider.name)
            doc: TODO the documentation page this contract follows
            \(parts.http)

            request: {}   # TODO: the documented request parameters, e.g. MaxResults: {type: integer, maximum: 100, doc: "…"}

            \(parts.response)

            \(parts.errors)

            """
    }

    var suite: String {
        """
        # yaml-language-server: $schema=../../schemas/case-file.schema.json
        # Cases for \(operation), written by `apiconform init` (docs/case-files.md). The recording of
        # \(Self.caseName) is a template: record it for real with `apiconform record --target NAME`.
        operation: \(operation)
        cases:
          - name: \(Self.caseName)
            summary: TODO what this call shows; the simplest documented request.
            expect:
              status: 200
            tags: [smoke]

        """
    }

    var recording: String {
        let parts = providerParts
        return """
            # apiconform recording v1
            # case: \(Self.caseName)
            # template written by `apiconform init`: replace it with a real exchange (`apiconform record`)
            > \(parts.request)
            \(parts.headers)
            < HTTP/1.1 200 OK
            < content-type: application/json
            <
            \(parts.body)

            """
    }
}
