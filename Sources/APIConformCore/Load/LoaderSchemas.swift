/// JSON Schemas (draft-07, what editors' YAML language servers read) of the files the loaders read,
/// built from the loaders' own key tables so that a key the loader accepts is a key the editor offers,
/// and a key it refuses is marked there too. `schemas/*.schema.json` are these, written by
/// `LoaderSchemaTests` (re-record with APICONFORM_RECORD_GOLDENS=1 when a loader's keys change).
///
/// The schemas check names and shapes; the loaders still check meaning (references, regexes, bounds).
public enum LoaderSchemas {
    /// File name under `schemas/` → schema.
    public static var all: [(file: String, schema: JSONValue)] {
        [("case-file.schema.json", caseFile), ("contract.schema.json", contract),
         ("targets.schema.json", targets), ("accepted-drift.schema.json", acceptedDrift)]
    }

    public static var caseFile: JSONValue {
        document(title: "APIConform case file (cases/suites/*.yaml)", required: ["operation", "cases"], properties: [
            ("operation", string("The contract's operation id, e.g. ice.ListMediaBasicInfos.")),
            ("doc", string()),
            ("recordings", string("Folder of the recordings, relative to this file (default ../recordings/OPERATION).")),
            ("cases", .object(members(["type": .string("array"), "items": ref("case")]))),
        ], definitions: [
            ("case", closed(CaseFileLoader.caseKeys, required: ["name"], types: [
                "name": string(), "summary": string(), "request": .object(members(["type": .string("object")])), "recording": string(),
                "expect": ref("expect"), "tags": ref("strings"), "deviations": list(ref("deviation")),
                "walk": closed(CaseFileLoader.walkKeys, types: ["max_pages": integer(minimum: 1)]),
                "captures": .object(members(["type": .string("object"), "additionalProperties": ref("capture")])),
                "requires": closed(Requirement.Condition.allCases.map(\.rawValue), types: [:], every: string()),
            ])),
            ("expect", closed(CaseFileLoader.expectKeys, types: [
                "status": integer(minimum: 100), "present": ref("strings"), "absent": ref("strings"),
                "count": .object(members(["type": .string("object"), "additionalProperties": .object(members(["anyOf": .array([
                    integer(minimum: 0), closed(CaseFileLoader.countKeys, types: [:], every: .object(members(["type": .array([.string("integer"), .string("string")])]))),
                ])]))])),
                "error": closed(CaseFileLoader.errorKeys, required: ["code"], types: ["code": string()]),
                "request_findings": oneOrMany(names(RuleCatalog.fieldRules.map { $0.key })),
                "equals": .object(members(["type": .string("object"), "description": .string("JSONPath → the value every selected value equals.")])),
                "matches": .object(members(["type": .string("object"), "additionalProperties": string("A regular expression every selected value matches.")])),
                "one_of": .object(members(["type": .string("object"), "additionalProperties": .object(members(["type": .string("array"), "minItems": .number(JSONNumber(literal: "1"))]))])),
                "headers": .object(members(["type": .string("object"), "additionalProperties": .object(members(["anyOf": .array([
                    .object(members(["type": .array([.string("string"), .string("number"), .string("boolean")])])),
                    closed(CaseFileLoader.headerTestKeys, types: ["matches": string()]),
                ])]))])),
            ])),
            ("deviation", closed(CaseFileLoader.deviationKeys, required: ["rule", "reason"], types: [
                "rule": names(RuleCatalog.all.map { $0.key }), "path": string(), "reason": string(),
            ])),
            ("capture", closed(CaseFileLoader.captureKeys, required: ["from", "path"], types: [
                "from": string(), "path": string(), "skip": integer(minimum: 0), "take": integer(minimum: 1), "match": string(), "join": string(),
            ])),
            ("strings", oneOrMany(string())),
        ])
    }

    public static var contract: JSONValue {
        let invariantNames = RuleCatalog.invariantRules.map { $0.key }
        return document(title: "APIConform contract (cases/contracts/*.yaml)", required: ["operation", "provider"], properties: [
            ("operation", string("The operation id, e.g. ice.ListMediaBasicInfos.")),
            ("provider", names(Providers.names)),
            ("doc", string()),
            ("http", closed(ContractLoader.httpKeys, types: ["auth": names(HTTPBinding.authModes)], every: string())),
            ("request", .object(members(["type": .string("object"), "additionalProperties": ref("field")]))),
            ("response", ref("field")),
            ("invariants", list(ref("invariant"))),
            ("errors", closed(ContractLoader.errorKeys + ErrorShapeRule.invariantKeys, types: [:])),
        ], definitions: [
            ("field", .object(members(["anyOf": .array([
                names(FieldType.allCases.map(\.rawValue)),
                closed(ContractLoader.fieldKeys, types: [
                    "type": names(FieldType.allCases.map(\.rawValue)), "doc": string(),
                    "fields": .object(members(["type": .string("object"), "additionalProperties": ref("field")])), "items": ref("field"),
                ]),
            ])]))),
            ("invariant", .object(members([
                "type": .string("object"), "required": .array([.string("rule")]),
                "properties": .object(members(["rule": names(invariantNames)])),
                // The keys a rule takes depend on the rule: one closed set per rule.
                "allOf": .array(RuleCatalog.invariantRules.map { rule in
                    .object(members([
                        "if": .object(members(["required": .array([.string("rule")]), "properties": .object(members(["rule": .object(members(["const": .string(rule.key)]))]))])),
                        "then": closed(ContractLoader.invariantCommonKeys + rule.invariantKeys, types: ["rule": names(invariantNames)]),
                    ]))
                }),
            ]))),
        ])
    }

    public static var targets: JSONValue {
        document(title: "APIConform targets (cases/targets.yaml)", required: ["targets"], properties: [
            ("targets", .object(members(["type": .string("object"), "additionalProperties": ref("target")]))),
            ("drift", ref("drift")),
            ("vars", ref("vars")),
        ], definitions: [
            ("target", closed(TargetsLoader.targetKeys, required: ["endpoints"], types: providerSettings.merging([
                "endpoints": .object(members(["type": .string("object"), "additionalProperties": string()])),
                "region": string(),
                "credentials": closed(CredentialVariables.all.map(\.key), types: [:], every: string("The environment variable to read.")),
                "api_versions": .object(members(["type": .string("object"), "additionalProperties": string()])),
                "rate_limit": .object(members(["type": .string("number"), "exclusiveMinimum": .number(JSONNumber(literal: "0"))])),
                "concurrency": integer(minimum: 1),
                "timeouts": closed(TargetsLoader.timeoutKeys, types: [:], every: .object(members(["type": .string("number")]))),
                "retry": closed(TargetsLoader.retryKeys, types: ["attempts": integer(minimum: 1)], every: .object(members(["type": .string("number")]))),
                "drift": ref("drift"), "vars": ref("vars"),
            ]) { _, engine in engine })),
            ("drift", driftPolicy),
            ("vars", .object(members(["type": .string("object"), "additionalProperties": .object(members(["type": .array([.string("string"), .string("number"), .string("boolean")])]))]))),
        ])
    }

    /// Each provider setting of a target, closed to its values.
    static var providerSettings: [String: JSONValue] {
        Dictionary(Providers.targetSettings.map { ($0.key, names($0.values)) }) { first, _ in first }
    }

    public static var acceptedDrift: JSONValue {
        document(title: "APIConform accepted drift (cases/accepted-drift.yaml)", required: ["accepted"], properties: [
            ("accepted", list(closed(DriftAcceptanceLoader.keys, required: ["operation", "path", "reason"], types: [
                "operation": string(), "path": string(), "kind": names(DriftKind.allCases.map(\.rawValue)), "reason": string(),
            ]))),
        ], definitions: [])
    }

    static var driftPolicy: JSONValue {
        let actions = names(DriftPolicy.Action.allCases.map(\.rawValue))
        return closed(DriftPolicyReader.keys, types: [
            "breaking": actions, "additive": actions,
            "fields": list(closed(DriftPolicyReader.fieldKeys, required: ["path", "action"], types: [
                "operation": string(), "path": string(), "action": actions, "kinds": list(names(DriftKind.allCases.map(\.rawValue))),
            ])),
        ])
    }

    // MARK: building blocks

    static func document(title: String, required: [String], properties: [(String, JSONValue)], definitions: [(String, JSONValue)]) -> JSONValue {
        var top: [(String, JSONValue)] = [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string(title)),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .array(required.map(JSONValue.string))),
            ("properties", .object(JSONObject(members: properties.map { JSONObject.Member(key: $0.0, value: $0.1) }))),
        ]
        if !definitions.isEmpty {
            top.append(("definitions", .object(JSONObject(members: definitions.map { JSONObject.Member(key: $0.0, value: $0.1) }))))
        }
        return .object(JSONObject(members: top.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }

    /// A mapping of exactly `keys` (in the loader's order), each typed by `types`, else by `every`, else anything.
    static func closed(_ keys: [String], required: [String] = [], types: [String: JSONValue], every: JSONValue = .object(JSONObject(members: []))) -> JSONValue {
        var schema: [(String, JSONValue)] = [("type", .string("object")), ("additionalProperties", .bool(false))]
        if !required.isEmpty { schema.append(("required", .array(required.map(JSONValue.string)))) }
        schema.append(("properties", .object(JSONObject(members: keys.map { JSONObject.Member(key: $0, value: types[$0] ?? every) }))))
        return .object(JSONObject(members: schema.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }

    static func members(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONObject {
        JSONObject(members: pairs.map { JSONObject.Member(key: $0.key, value: $0.value) })
    }

    static func ref(_ name: String) -> JSONValue { .object(members(["$ref": .string("#/definitions/\(name)")])) }

    static func string(_ description: String? = nil) -> JSONValue {
        guard let description else { return .object(members(["type": .string("string")])) }
        return .object(members(["type": .string("string"), "description": .string(description)]))
    }

    static func integer(minimum: Int) -> JSONValue {
        .object(members(["type": .string("integer"), "minimum": .number(JSONNumber(literal: String(minimum)))]))
    }

    static func names(_ values: [String]) -> JSONValue { .object(members(["enum": .array(values.map(JSONValue.string))])) }

    static func list(_ item: JSONValue) -> JSONValue { .object(members(["type": .string("array"), "items": item])) }

    /// The loaders take a single value where a list is expected (`tags: doc` is `tags: [doc]`).
    static func oneOrMany(_ item: JSONValue) -> JSONValue { .object(members(["anyOf": .array([item, list(item)])])) }
}
