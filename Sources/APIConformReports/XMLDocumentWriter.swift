import CLibXML2

/// A thin, safe layer over libxml2's `xmlTextWriter` that writes one document into memory.
///
/// Every attribute value and text node goes through `XMLText.sanitize` here, so no caller can forget
/// it; libxml2 then escapes the markup. Element and attribute names are the caller's literals.
struct XMLDocumentWriter: ~Copyable {
    /// A libxml2 writer call returned an error code; only exhausted memory makes that happen.
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var description: String { "libxml2 could not write the XML document (\(call) failed)" }
    }

    private let writer: xmlTextWriterPtr

    private init(writer: xmlTextWriterPtr) {
        self.writer = writer
    }

    /// Runs `body` between the XML declaration and the end of the document, returning the UTF-8 bytes.
    ///
    /// The writer and its buffer are freed on every path; the writer is freed before the buffer is
    /// read because freeing is what flushes it.
    static func render(_ body: (borrowing XMLDocumentWriter) throws -> Void) throws -> [UInt8] {
        LibXML2.initialize()
        guard let buffer = xmlBufferCreate() else { throw Failure(call: "xmlBufferCreate") }
        defer { xmlBufferFree(buffer) }
        guard let raw = xmlNewTextWriterMemory(buffer, 0) else { throw Failure(call: "xmlNewTextWriterMemory") }
        do {
            let document = XMLDocumentWriter(writer: raw)
            // Indented, so that a person reading the report in a CI artifact view can follow it.
            try check(xmlTextWriterSetIndent(raw, 1), "xmlTextWriterSetIndent")
            try check(LibXML2.withXMLChars("  ") { xmlTextWriterSetIndentString(raw, $0) }, "xmlTextWriterSetIndentString")
            try check(xmlTextWriterStartDocument(raw, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
            try body(document)
            try check(xmlTextWriterEndDocument(raw), "xmlTextWriterEndDocument")
        } catch {
            xmlFreeTextWriter(raw)
            throw error
        }
        xmlFreeTextWriter(raw)
        guard let content = xmlBufferContent(buffer) else { throw Failure(call: "xmlBufferContent") }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// Writes `<name attributes…>`, the children `body` writes, then the matching end tag.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}) throws {
        try Self.check(LibXML2.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "xmlTextWriterStartElement")
        for (key, value) in attributes {
            try attribute(key, value)
        }
        try body()
        try Self.check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Writes one attribute on the element just started.
    func attribute(_ name: String, _ value: String) throws {
        let clean = XMLText.sanitize(value)
        let status = LibXML2.withXMLChars(name) { name in
            LibXML2.withXMLChars(clean) { xmlTextWriterWriteAttribute(writer, name, $0) }
        }
        try Self.check(status, "xmlTextWriterWriteAttribute")
    }

    /// Writes a text node; libxml2 escapes `<`, `>` and `&`, so `]]>` needs no CDATA.
    func text(_ value: String) throws {
        let clean = XMLText.sanitize(value)
        try Self.check(LibXML2.withXMLChars(clean) { xmlTextWriterWriteString(writer, $0) }, "xmlTextWriterWriteString")
    }

    private static func check(_ status: Int32, _ call: String) throws {
        if status < 0 { throw Failure(call: call) }
    }
}
