import APIConformCore
import APIConformLive
import Testing

@Suite struct TargetsLoaderTests {
    @Test func readsEveryKey() {
        let sink = DiagnosticSink()
        let targets = TargetsLoader(sink: sink).load(text: """
            targets:
              staging:
                endpoints: {ice: "https://ice.cn-shanghai.aliyuncs.com/", huawei: "http://127.0.0.1:8443"}
                region: cn-shanghai
                alibaba_signature: rpc_v1
                huawei_auth: token
                credentials: {alibaba_access_key_id: STAGING_AK}
                rate_limit: 20
                concurrency: 2
                timeouts: {connect: 1, read: 2, total: 3}
                retry: {attempts: 3, base_delay: 0.1, max_delay: 1, max_retry_after: 20}
            """, file: "targets.yaml")
        #expect(sink.diagnostics.isEmpty)
        let target = targets.first
        #expect(target?.endpoint(for: "ice.ListMediaBasicInfos") == "https://ice.cn-shanghai.aliyuncs.com")
        #expect(target?.endpoint(for: "huawei.ShowAssetMeta") == "http://127.0.0.1:8443")
        #expect(target?.endpoint(for: "vod.BatchGetMediaInfos") == nil)
        #expect(target.map(AlibabaProvider.signature) == .rpcV1)
        #expect(target.map(HuaweiProvider.auth) == .token)
        #expect(target?.credentialVariables[AlibabaProvider.accessKeyID] == "STAGING_AK")
        #expect(target?.credentialVariables[AlibabaProvider.accessKeySecret] == "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        #expect(target?.rateLimit == 20)
        #expect(target?.timeouts == Target.Timeouts(connect: 1, read: 2, total: 3))
        #expect(target?.retry == Target.RetryPolicy(attempts: 3, baseDelay: 0.1, maxDelay: 1, maxRetryAfter: 20))
    }

    @Test func reportsMistakesWithPositions() {
        let sink = DiagnosticSink()
        _ = TargetsLoader(sink: sink).load(text: """
            targets:
              staging:
                endpoints: {ice: "ice.cn-shanghai.aliyuncs.com"}
                alibaba_signature: acs4
                rate_limt: 20
            """, file: "targets.yaml")
        #expect(sink.diagnostics.map(\.description) == [
            "targets.yaml:5:5: error: [unknown_key] unknown key 'rate_limt' in target 'staging'; did you mean 'rate_limit'?",
            "targets.yaml:3:22: error: [invalid_url] endpoint 'ice' is not a usable base URL: 'ice.cn-shanghai.aliyuncs.com' must start with http:// or https://; "
                + "write scheme, host and optional port only, e.g. https://ice.cn-shanghai.aliyuncs.com or http://127.0.0.1:8787",
            "targets.yaml:4:24: error: [unknown_value] alibaba_signature must be one of acs3, rpc_v1, not 'acs4'; did you mean 'acs3'?",
        ])
    }

    /// Each of these would have failed every case at request time; at load they are one error with its position.
    @Test(arguments: [
        ("http://127.0.0.1:87a87", "does not parse as a URL"),
        ("http://127.0.0.1:99999", "outside 1-65535"),
        ("https://", "has no host"),
        ("https://ice.cn-shanghai.aliyuncs.com/v1", "has a path ('/v1')"),
        ("https://ice.cn-shanghai.aliyuncs.com?x=1", "has a query or fragment"),
        ("https://user:pw@ice.cn-shanghai.aliyuncs.com", "carries user information"),
    ])
    func malformedEndpointsAreLoadErrors(_ url: String, _ problem: String) {
        let sink = DiagnosticSink()
        _ = TargetsLoader(sink: sink).load(text: "targets:\n  t:\n    endpoints: {ice: \"\(url)\"}\n", file: "targets.yaml")
        #expect(sink.diagnostics.count == 1)
        let text = sink.diagnostics.first?.description ?? ""
        #expect(text.hasPrefix("targets.yaml:3:22: error: [invalid_url] endpoint 'ice' is not a usable base URL:") && text.contains(problem), "\(text)")
    }

    @Test(arguments: ["https://ice.cn-shanghai.aliyuncs.com", "https://ice.cn-shanghai.aliyuncs.com/", "http://127.0.0.1:8787", "http://[::1]:8787"])
    func wellFormedEndpointsLoadQuietly(_ url: String) {
        let sink = DiagnosticSink()
        _ = TargetsLoader(sink: sink).load(text: "targets:\n  t:\n    endpoints: {ice: \"\(url)\"}\n", file: "targets.yaml")
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
    }

    @Test func missingCredentialsNameTheVariables() {
        let sink = DiagnosticSink()
        let contract = ContractLoader(sink: sink).load(text: "operation: huawei.X\nprovider: huawei\n", file: "c.yaml")!
        let anonymous = ContractLoader(sink: sink).load(text: "operation: ice.P\nprovider: alibaba\nhttp: {auth: anonymous}\n", file: "p.yaml")!
        let target = Target(name: "t", endpoints: ["*": "http://127.0.0.1:1"])
        let credentials = Credentials.read(target.credentialVariables, environment: ["HUAWEICLOUD_SDK_AK": "ak"])
        #expect(Credentials.missing(for: [contract, anonymous], target: target, credentials: credentials) == ["HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID"])
    }
}
