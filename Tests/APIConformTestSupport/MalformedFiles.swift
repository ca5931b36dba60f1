/// One malformed case file or contract of each class a careless author writes, with where its first
/// diagnostic must point. Shared by the loader table test and the `lint` exit-status test.
public struct MalformedFile: Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case caseFile, contract }

    public var name: String
    public var kind: Kind
    public var bytes: [UInt8]
    /// `line:col: error: [key]` of the first diagnostic.
    public var expected: String

    public var description: String { name }

    init(_ name: String, _ kind: Kind, _ text: String, _ expected: String) {
        self.init(name, kind, Array(text.utf8), expected)
    }

    init(_ name: String, _ kind: Kind, _ bytes: [UInt8], _ expected: String) {
        self.name = name
        self.kind = kind
        self.bytes = bytes
        self.expected = expected
    }

    static let head = "operation: ice.ListMediaBasicInfos\ncases:\n  - name: a\n"
    static let contractHead = "operation: x.Op\nprovider: huawei\nhttp: {method: GET, path: /v1/x}\n"

    public static let all: [MalformedFile] = [
        MalformedFile("wrong-type", .caseFile, head + "    request: [1, 2]\n", "4:14: error: [wrong_type]"),
        MalformedFile("wrong-scalar-type", .caseFile, head + "    expect: {status: abc}\n", "4:22: error: [wrong_type]"),
        MalformedFile("top-not-mapping", .caseFile, "just a string\n", "1:1: error: [wrong_type]"),
        MalformedFile("bad-indentation", .caseFile, head + "   request: {}\n", "4:4: error: [yaml_syntax]"),
        MalformedFile("duplicate-key", .caseFile, head + "    name: b\n", "4:5: error: [duplicate_key]"),
        MalformedFile("unknown-key", .caseFile, head + "    requst: {}\n", "4:5: error: [unknown_key]"),
        MalformedFile("unterminated-string", .caseFile, "operation: ice.ListMediaBasicInfos\ncases:\n  - name: \"a\n    request: {}\n", "3:11: error: [yaml_syntax]"),
        MalformedFile("unterminated-flow", .caseFile, head + "    request: {MaxResults: 2\n", "4:14: error: [yaml_syntax]"),
        MalformedFile("unterminated-list", .caseFile, head + "    tags: [a, b\n", "4:11: error: [yaml_syntax]"),
        MalformedFile("tab-indentation", .caseFile, "operation: ice.ListMediaBasicInfos\ncases:\n\t- name: a\n", "3:1: error: [yaml_syntax]"),
        MalformedFile("undefined-alias", .caseFile, head + "    request: *nope\n", "4:14: error: [yaml_alias]"),
        MalformedFile("anchor", .caseFile, head + "    request: &x {}\n", "4:14: error: [yaml_alias]"),
        MalformedFile("empty", .caseFile, "", "1:1: error: [missing_key]"),
        MalformedFile("comment-only", .caseFile, "# nothing here\n", "1:1: error: [missing_key]"),
        MalformedFile("not-utf8", .caseFile, Array("operation: ice.ListMediaBasicInfos\ncases:\n  - name: caf".utf8) + [0xE9, 0x0A], "3:14: error: [encoding]"),
        MalformedFile("bom", .caseFile, [0xEF, 0xBB, 0xBF] + Array((head + "    requst: {}\n").utf8), "4:5: error: [unknown_key]"),
        MalformedFile("control-in-name", .caseFile, "operation: ice.ListMediaBasicInfos\ncases:\n  - name: \"a\\eb\"\n", "3:11: error: [invalid_name]"),
        MalformedFile("contract-wrong-type", .contract, contractHead + "response: {fields: [1]}\n", "4:20: error: [wrong_type]"),
        MalformedFile("contract-unknown-key", .contract, contractHead + "respnse: {}\n", "4:1: error: [unknown_key]"),
        MalformedFile("contract-duplicate-key", .contract, contractHead + "provider: alibaba\n", "4:1: error: [duplicate_key]"),
        MalformedFile("contract-unterminated", .contract, contractHead + "doc: 'open\n", "4:6: error: [yaml_syntax]"),
        MalformedFile("contract-tab", .contract, contractHead + "response:\n\tfields: {}\n", "5:1: error: [yaml_syntax]"),
        MalformedFile("contract-empty", .contract, "", "1:1: error: [missing_key]"),
        MalformedFile("contract-alias", .contract, contractHead + "doc: &d x\nrequest: *d\n", "4:6: error: [yaml_alias]"),
        MalformedFile("contract-control-operation", .contract, "operation: \"x.\\x9BOp\"\nprovider: huawei\n", "1:12: error: [invalid_name]"),
    ]
}
