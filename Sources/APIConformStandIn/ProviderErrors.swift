import APIConformCore

/// Error bodies in each provider's documented shape, so clients under test see what production sends.
enum ProviderErrors {
    static func body(provider: String, status: Int, code: String, message: String) -> StandInResponse {
        let text: String
        if provider == "huawei" {
            text = "{\"error_code\":\(JSONValue.quoted(code)),\"error_msg\":\(JSONValue.quoted(message))}"
        } else {
            text = "{\"RequestId\":\"00000000-0000-4000-8000-000000000000\",\"HostId\":\"apiconform-stand-in\",\"Code\":\(JSONValue.quoted(code)),\"Message\":\(JSONValue.quoted(message)),\"Recommend\":\"\"}"
        }
        return .json(status, text)
    }

    static func throttled(provider: String, retryAfter: Int = 1) -> StandInResponse {
        var response = provider == "huawei"
            ? body(provider: provider, status: 429, code: "APIGW.0308", message: "The throttling threshold has been reached")
            : body(provider: provider, status: 503, code: "Throttling.User", message: "Request was denied due to user flow control.")
        response.headers.append(("retry-after", String(retryAfter)))
        return response
    }

    static func internalError(provider: String) -> StandInResponse {
        provider == "huawei"
            ? body(provider: provider, status: 500, code: "VOD.10001", message: "Internal server error.")
            : body(provider: provider, status: 500, code: "InternalError", message: "The request processing has failed due to some unknown error.")
    }
}
