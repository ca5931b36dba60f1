@testable import APIConformReports
import CLibXML2

/// A written report read back with libxml2, as plain values that tests can query.
///
/// Tests assert on what a CI reader would see after parsing (entities resolved, escapes undone),
/// not on the bytes, so they hold whatever indentation or escaping style the writer uses.
struct XMLTree: Hashable {
    struct ParseError: Error, CustomStringConvertible {
        var description: String { "libxml2 could not parse the document" }
    }

    var name: String
    var attributes: [String: String]
    /// The element's own text nodes, concatenated.
    var text: String
    var children: [XMLTree]

    /// Parses `bytes` as the validator does and copies the tree out; the libxml2 document is freed.
    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        guard let document = LibXML2.readDocument(bytes) else { throw ParseError() }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError() }
        return XMLTree(root)
    }

    private init(_ node: xmlNodePtr) {
        name = String(cString: node.pointee.name)
        attributes = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            attributes[String(cString: current.pointee.name)] = Self.text(of: current.pointee.children)
            attribute = current.pointee.next
        }
        text = Self.text(of: node.pointee.children)
        children = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(XMLTree(current)) }
            child = current.pointee.next
        }
    }

    /// The text and CDATA nodes of a sibling list, concatenated (an attribute's value is such a list).
    private static func text(of first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                text += current.pointee.content.map { String(cString: $0) } ?? ""
            }
            node = current.pointee.next
        }
        return text
    }

    /// The direct children called `name`, in document order.
    func children(_ name: String) -> [XMLTree] {
        children.filter { $0.name == name }
    }

    /// The first direct child called `name`, if any.
    func child(_ name: String) -> XMLTree? {
        children.first { $0.name == name }
    }
}
