import APIConformReports
import CLibXML2

/// Checks XML against an XSD with libxml2, returning every problem with its line.
///
/// Used by tests of every target that writes reports, so that "CI can read it" is checked the way
/// CI checks it. Never throws and never crashes on bad input: an unreadable schema, malformed XML and
/// schema violations all come back as issues; an empty array means the document is valid.
public enum SchemaValidator {
    /// One problem found while loading the schema, parsing the document or validating it.
    public struct Issue: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable {
            /// The XSD itself could not be read or compiled.
            case schema
            /// The document is not well-formed XML.
            case malformed
            /// The document is well-formed but breaks the schema.
            case invalid
        }

        public var kind: Kind
        /// 1-based line in the document (or the schema, for `.schema`); 0 when libxml2 gave none.
        public var line: Int
        /// libxml2's message, e.g. `Element 'testcase', attribute 'file': The attribute 'file' is not allowed.`
        public var message: String

        public init(kind: Kind, line: Int, message: String) {
            self.kind = kind
            self.line = line
            self.message = message
        }

        public var description: String { "\(kind.rawValue): line \(line): \(message)" }
    }

    /// Validates `xml` against the XSD at `schemaPath`; the document is read without network access.
    public static func validate(xml: [UInt8], schemaPath: String) -> [Issue] {
        IssueCollector.collecting { collector, context in
            run(xml: xml, schemaPath: schemaPath, collector: collector, context: context)
        }
    }

    /// The libxml2 pipeline; every object is freed by a `defer` as soon as it exists.
    private static func run(xml: [UInt8], schemaPath: String, collector: IssueCollector, context: UnsafeMutableRawPointer) {
        collector.phase = .schema
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            return collector.fallback("cannot create a schema parser for \(schemaPath)")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, { IssueCollector.receive($0, $1) }, context)
        guard let schema = xmlSchemaParse(parser) else {
            return collector.fallback("cannot load the schema \(schemaPath)")
        }
        defer { xmlSchemaFree(schema) }
        guard let validation = xmlSchemaNewValidCtxt(schema) else {
            return collector.fallback("cannot create a validation context")
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        xmlSchemaSetValidStructuredErrors(validation, { IssueCollector.receive($0, $1) }, context)

        collector.phase = .malformed
        guard let document = LibXML2.readDocument(xml) else {
            return collector.fallback("the document is not well-formed XML (or larger than 2 GiB)")
        }
        defer { xmlFreeDoc(document) }

        collector.phase = .invalid
        if xmlSchemaValidateDoc(validation, document) != 0 {
            collector.fallback("the document does not match the schema")
        }
    }
}

/// Receives libxml2's structured errors through the `void *` context, tagged with the current phase.
final class IssueCollector {
    var phase = SchemaValidator.Issue.Kind.schema
    var issues: [SchemaValidator.Issue] = []

    /// Runs `body` with a collector installed as libxml2's structured error handler and returns what it collected.
    static func collecting(_ body: (IssueCollector, UnsafeMutableRawPointer) -> Void) -> [SchemaValidator.Issue] {
        LibXML2.initialize()
        let collector = IssueCollector()
        return withExtendedLifetime(collector) {
            let context = Unmanaged.passUnretained(collector).toOpaque()
            // libxml2 reports document parse errors only through its error globals, which are per
            // thread when it is built with threads (Debian's is); this call stays on one thread.
            let previousHandler = __xmlStructuredError().pointee
            let previousContext = __xmlStructuredErrorContext().pointee
            xmlSetStructuredErrorFunc(context) { IssueCollector.receive($0, $1) }
            defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
            body(collector, context)
            return collector.issues
        }
    }

    /// The C callback's body: a static function, because C function pointers cannot capture.
    static func receive(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
        guard let context, let error else { return }
        let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
        // Warnings (e.g. about the schema's own style) do not make a document unacceptable.
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.pointee.code)"
        collector.issues.append(.init(
            kind: collector.phase, line: Int(error.pointee.line),
            message: message.trimmingTrailingWhitespace()
        ))
    }

    /// Records a failure libxml2 reported by its return value alone, so no failure goes unexplained.
    func fallback(_ message: String) {
        if !issues.contains(where: { $0.kind == phase }) {
            issues.append(.init(kind: phase, line: 0, message: message))
        }
    }
}

private extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
