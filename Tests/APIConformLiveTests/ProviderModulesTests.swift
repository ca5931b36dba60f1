import APIConformCore
import APIConformLive
import APIConformStandIn
import Foundation
import Testing

/// A provider is its modules: Core's `Provider` (settings, credentials, routing), a live adapter and a
/// stand-in module. The engine only iterates over them, so each list must name every provider, and
/// what a provider declares must reach the loader, the schema and `serve` without the engine naming it.
@Suite struct ProviderModulesTests {
    @Test func everyProviderHasALiveAdapterAndAStandInModule() {
        #expect(ProviderAdapters.all.keys.sorted() == Providers.names.sorted())
        #expect(StandInProviders.all.map { $0.name } == Providers.names)
    }

    /// Two providers declaring one key would read each other's setting or variable: the loader keeps one.
    @Test func providersDeclareDistinctKeys() {
        let settings = Providers.targetSettings.map(\.key)
        let credentials = CredentialVariables.all.map(\.key)
        #expect(Set(settings).count == settings.count, "\(settings)")
        #expect(Set(credentials).count == credentials.count, "\(credentials)")
        #expect(Set(CredentialVariables.all.map(\.defaultName)).count == credentials.count)
    }

    /// Each declared setting is a target key: its values load, anything else is refused at its position with a suggestion.
    @Test(arguments: Providers.targetSettings)
    func aProviderSettingLoadsAndIsChecked(_ setting: ProviderSetting) {
        let good = DiagnosticSink()
        let value = setting.values.last ?? ""
        let target = TargetsLoader(sink: good).load(text: "targets:\n  t:\n    endpoints: {x: \"http://127.0.0.1:1\"}\n    \(setting.key): \(value)\n",
                                                    file: "targets.yaml").first
        #expect(good.diagnostics.isEmpty, "\(good.diagnostics)")
        #expect(target?.providerSettings[setting.key] == value)
        let bad = DiagnosticSink()
        let typo = setting.defaultValue + "x"
        let fallback = TargetsLoader(sink: bad).load(text: "targets:\n  t:\n    endpoints: {x: \"http://127.0.0.1:1\"}\n    \(setting.key): \(typo)\n",
                                                     file: "targets.yaml").first
        let column = 4 + setting.key.count + 3
        #expect(bad.diagnostics.map(\.description) == [
            "targets.yaml:4:\(column): error: [unknown_value] \(setting.key) must be one of \(setting.values.joined(separator: ", ")), not '\(typo)'; did you mean '\(setting.defaultValue)'?",
        ])
        #expect(fallback?.providerSettings[setting.key] == nil, "a refused value leaves the default")
        let schema = String(decoding: JSONWriter().bytes(LoaderSchemas.targets), as: UTF8.self)
        #expect(schema.contains("\"\(setting.key)\""), "the targets schema lists \(setting.key)")
    }

    /// `serve` accepts what the environment holds under the SDKs' variable names: the same answers as a
    /// stand-in given the credentials in code, an empty variable counting as unset.
    @Test func theStandInAcceptsTheCredentialsTheEnvironmentNames() async throws {
        let fixtures = try LiveFixtures()
        var environment = [AlibabaProvider.securityToken.defaultName: ""]
        for variable in CredentialVariables.all {
            if let value = LiveFixtures.credentials[variable] { environment[variable.defaultName] = value }
        }
        let fromEnvironment = StandIn(contracts: fixtures.contracts, recordings: RecordingIndex(caseFiles: fixtures.caseFiles),
                                      verifier: StandInProviders.verifier(accepting: environment))
        let contracts = Dictionary(uniqueKeysWithValues: fixtures.contracts.map { ($0.operation, $0) })
        var answers: [[Int]] = []
        for standIn in [fixtures.standIn(), fromEnvironment] {
            let server = try await StandInServer.start(standIn)
            let live = LiveTransport(target: LiveFixtures.target(port: server.port), credentials: LiveFixtures.credentials, adapters: ProviderAdapters.all)
            var statuses: [Int] = []
            for operation in ["ice.ListMediaBasicInfos", "huawei.ShowAssetMeta"] {
                let testCase = try #require(fixtures.caseFiles.first { $0.operation == operation }?.cases.first)
                statuses.append(try await live.exchange(for: testCase, contract: contracts[operation]!).get().status)
            }
            await live.shutdown()
            await server.stop()
            answers.append(statuses)
        }
        #expect(answers[0] == answers[1])
        #expect(answers[1].allSatisfy { $0 != 401 && $0 != 404 && $0 != 400 }, "\(answers[1])")
    }
}
