import Testing
@testable import APIConformCore

@Suite struct JSONReaderTests {
    let reader = JSONReader()

    @Test func keepsNumberLiteralsAndIntegerness() throws {
        let value = try reader.parse(#"{"a": 60.00000, "b": 3049, "c": 1.0, "d": -0, "e": 1e3}"#)
        #expect(value["a"]?.numberValue?.literal == "60.00000")
        #expect(value["b"]?.typeName == "integer")
        #expect(value["c"]?.typeName == "number")
        #expect(value["d"]?.typeName == "integer")
        #expect(value["e"]?.typeName == "number")
    }

    @Test func keepsMemberOrderAndDuplicateKeys() throws {
        let object = try #require(try reader.parse(#"{"z": 1, "a": 2, "z": 3}"#).objectValue)
        #expect(object.keys == ["z", "a", "z"])
        #expect(object.duplicateKeys == ["z"])
        #expect(object["z"]?.numberValue?.literal == "1")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try reader.parse(#"["\u001b\n\"\\\/", "\ud83d\ude00", "标题"]"#)
        #expect(value.arrayValue?.map { $0.stringValue } == ["\u{1B}\n\"\\/", "😀", "标题"])
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, "expected a member name in double quotes, found '}' at line 1, column 9 (byte 8)"),
        ("{\"a\": \"x\u{1B}\"}", "control character 0x1B must be escaped inside a string at line 1, column 9 (byte 8)"),
        (#"[01]"#, "a number may not have a leading zero at line 1, column 3 (byte 2)"),
        ("{\n  \"a\": tru\n}", "unexpected 't', expected a value at line 2, column 8 (byte 9)"),
        (#"{"a": 1} x"#, "unexpected 'x' after the JSON value at line 1, column 10 (byte 9)"),
        (#""\ud800""#, #"lone high surrogate \uD800 at line 1, column 8 (byte 7)"#),
        (#"{"a": [1, 2"#, "unexpected end of input inside an array at line 1, column 12 (byte 11)"),
    ])
    func rejectsMalformedInputWithPosition(_ input: String, _ expected: String) {
        #expect(throws: JSONParseError.self) { try reader.parse(input) }
        do {
            _ = try reader.parse(input)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONParseError.self) { try reader.parse(bytes) }
        let overlong: [UInt8] = [0x22, 0xC0, 0xAF, 0x22]
        #expect(throws: JSONParseError.self) { try reader.parse(overlong) }
    }

    /// Strings that are not ASCII are validated in one pass; the errors of invalid ones are the
    /// scalar-by-scalar reading's, at the same byte.
    @Test func readsNonASCIIStringsWholeAndReportsBadOnesAtTheirByte() throws {
        let body = try reader.parse(#"{"Title": "视频 é 😀", "视频": "a\u00e9", "x": "e\u0301视"}"#)
        #expect(body["Title"]?.stringValue == "视频 é 😀")
        #expect(body["视频"]?.stringValue == "aé")
        #expect(body["x"]?.stringValue == "e\u{301}视")
        let repeated = try reader.parse(#"{"视频": 1, "视频": 2}"#)
        #expect(repeated.objectValue?.duplicateKeys == ["视频"])
        // `{"a": "` is bytes 0–6 and 视 bytes 7–9, so every fault is at byte 10.
        for (bad, offset, message) in [
            ([0xE8, 0xA7, 0x86, 0xC3, 0x28] as [UInt8], 10, "invalid UTF-8 sequence starting with 0xC3"),
            ([0xE8, 0xA7, 0x86, 0xED, 0xA0, 0x80], 10, "invalid UTF-8 sequence starting with 0xED"),
            ([0xE8, 0xA7, 0x86, 0xF5, 0x80], 10, "invalid UTF-8 byte 0xF5"),
        ] {
            let bytes = Array(#"{"a": ""#.utf8) + bad + Array(#""}"#.utf8)
            let error = try #require(throws: JSONParseError.self) { try reader.parse(bytes) }
            #expect(error.offset == offset && error.message == message, "\(error)")
        }
        let unterminated = Array(#"{"a": "视"#.utf8)
        let error = try #require(throws: JSONParseError.self) { try reader.parse(unterminated) }
        #expect(error.message == "unterminated string")
    }

    @Test func boundsNesting() {
        let deep = String(repeating: "[", count: JSONReader.maximumDepth + 1) + String(repeating: "]", count: JSONReader.maximumDepth + 1)
        #expect(throws: JSONParseError.self) { try reader.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? reader.parse(fine)) != nil)
    }

    @Test func pathsRenderAndSelect() throws {
        let body = try reader.parse(#"{"MediaInfos": [{"MediaId": "a"}, {"MediaId": "b", "we ird": 1}]}"#)
        let pattern = try JSONPathPattern(parsing: "$.MediaInfos[*].MediaId")
        #expect(pattern.select(in: body).map { $0.path.description } == ["$.MediaInfos[0].MediaId", "$.MediaInfos[1].MediaId"])
        #expect(JSONPath.root.appending("MediaInfos").appending(index: 1).appending("we ird").description == "$.MediaInfos[1]['we ird']")
        #expect(try JSONPathPattern(parsing: "$.MediaInfos[*].MediaId").matches(JSONPath([.key("MediaInfos"), .index(7), .key("MediaId")])))
        #expect(throws: JSONPathPatternError.self) { try JSONPathPattern(parsing: "$.a[x]") }
    }
}
