import Foundation

/// The three files `apiconform init` writes for a new operation: a contract skeleton, a suite with one
/// case, and that case's recording template — together they pass `lint` and `run`, and every TODO says
/// what to take from the provider's documentation.
struct OperationScaffold {
    let operation: String
    let provider: String

    /// `vod.GetPlayInfo` → `GetPlayInfo` (Alibaba's Action), `vod` (the endpoint prefix).
    var action: String { operation.split(separator: ".").last.map(String.init) ?? operation }
    var product: String { operation.split(separator: ".").first.map(String.init) ?? operation }
    static let caseName = "first-call"

    /// Why `operation` cannot name a scaffold, or nil.
    static func problem(with operation: String) -> String? {
        let parts = operation.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        return valid ? nil : "'\(operation)' is not an operation id: write PRODUCT.Action, e.g. vod.GetPlayInfo or huawei.ShowAssetDetail"
    }

    /// Relative path under the cases folder → content.
    var files: [(path: String, text: String)] {
        [("contracts/\(operation).yaml", contract), ("suites/\(operation).yaml", suite),
         ("recordings/\(operation)/\(Self.caseName).http", recording)]
    }

    var contract: String {
        let http: String
        let response: String
        let errors: String
        if provider == "huawei" {
            http = #"http: {method: GET, path: "/v1/{project_id}/TODO"}   # TODO: the method and URI of the doc's "URI" section"#
            response = """
                response:
                  fields: {}   # TODO: the documented response parameters, e.g. total: {type: integer, required: true, doc: "…"}
                """
            errors = "errors:\n  code: error_code\n  message: error_msg\n  doc: \"TODO: the doc's error response sentence\""
        } else {
            http = #"http: {method: POST, path: /, action: \#(action), version: "YYYY-MM-DD"}   # TODO: the Version of the doc's common parameters"#
            response = """
                response:
                  fields:
                    RequestId: {type: string, required: true, doc: "The request ID."}
                    # TODO: the documented response parameters, each with the sentence it comes from.
                """
            errors = "errors:\n  code: Code\n  message: Message\n  request_id: RequestId\n  doc: \"TODO: the doc's error response sentence\""
        }
        return """
            # yaml-language-server: $schema=../../schemas/contract.schema.json
            # \(operation): a contract skeleton written by `apiconform init`. Fill it in from the provider's
            # documentation (docs/contracts.md): every rule's `doc:` quotes the sentence it comes from.
            operation: \(operation)
            provider: \(provider)
            doc: TODO the documentation page this contract follows
            \(http)

            request: {}   # TODO: the documented request parameters, e.g. MaxResults: {type: integer, maximum: 100, doc: "…"}

            \(response)

            \(errors)

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
        let url: String
        let headers: String
        if provider == "huawei" {
            url = "https://\(product).cn-north-4.myhuaweicloud.com/v1/0a1b2c3d4e5f67890a1b2c3d4e5f6789/TODO"
            headers = "> content-type: application/json\n> authorization: <redacted>"
        } else {
            url = "https://\(product).cn-shanghai.aliyuncs.com/"
            headers = "> x-acs-action: \(action)\n> x-acs-version: YYYY-MM-DD\n> authorization: <redacted>"
        }
        let body = provider == "huawei" ? "{}" : #"{"RequestId": "00000000-0000-0000-0000-000000000000"}"#
        return """
            # apiconform recording v1
            # case: \(Self.caseName)
            # template written by `apiconform init`: replace it with a real exchange (`apiconform record`)
            > \(provider == "huawei" ? "GET" : "POST") \(url)
            \(headers)
            < HTTP/1.1 200 OK
            < content-type: application/json
            <
            \(body)

            """
    }
}
