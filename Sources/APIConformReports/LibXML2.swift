import CLibXML2

/// The small conventions every libxml2 call in this module shares: initialisation, strings, parsing.
///
/// libxml2's docs ask for `xmlInitParser()` before concurrent use; a `static let` makes the call
/// exactly once and thread-safe, and every entry point of this module goes through `initialize()`.
package enum LibXML2 {
    private static let initialized: Void = xmlInitParser()

    package static func initialize() {
        _ = initialized
    }

    /// A Swift string as the NUL-terminated `xmlChar *` that libxml2 functions take.
    ///
    /// The string must hold no NUL: `XMLText` escapes those before anything reaches libxml2.
    package static func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
        try string.withCString { pointer in
            try pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }

    /// Parses a whole document from memory with network access off; nil when it is not well-formed.
    ///
    /// The caller owns the result and frees it with `xmlFreeDoc`. Entities are not substituted, so an
    /// external entity is refused rather than fetched.
    package static func readDocument(_ bytes: [UInt8]) -> xmlDocPtr? {
        initialize()
        guard bytes.count <= Int(Int32.max) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), "document.xml", nil, Int32(XML_PARSE_NONET.rawValue))
            }
        }
    }
}
