import APIConformReports
import CLibXML2

/// Parses an HTML page with libxml2's HTML parser and reports its errors and its elements, so tests
/// can hold `drift.html` to "a browser-grade parser reads it without complaint".
public enum HTMLChecker {
    public struct Result: Sendable {
        /// Parser errors (kind `malformed`); empty for a clean page.
        public var issues: [SchemaValidator.Issue]
        /// How often each element occurs, e.g. `["tr": 4, "td": 30]`.
        public var elements: [String: Int]
        /// `src` and `href` attribute values: a self-contained page has none that leave it.
        public var references: [String]
    }

    public static func check(_ html: [UInt8]) -> Result {
        var elements: [String: Int] = [:]
        var references: [String] = []
        let issues = IssueCollector.collecting { collector, _ in
            collector.phase = .malformed
            let document = html.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    htmlReadMemory($0.baseAddress, Int32($0.count), "page.html", "UTF-8", Int32(HTML_PARSE_NONET.rawValue))
                }
            }
            guard let document else { return collector.fallback("libxml2 could not parse the page") }
            defer { xmlFreeDoc(document) }
            walk(xmlDocGetRootElement(document), elements: &elements, references: &references)
        }
        return Result(issues: issues, elements: elements, references: references)
    }

    private static func walk(_ node: xmlNodePtr?, elements: inout [String: Int], references: inout [String]) {
        var current = node
        while let element = current {
            if element.pointee.type == XML_ELEMENT_NODE {
                elements[String(cString: element.pointee.name), default: 0] += 1
                for name in ["src", "href"] {
                    // Read in place: `xmlFree` is a C global that Swift 6 will not touch.
                    if let attribute = xmlHasProp(element, name), let content = attribute.pointee.children?.pointee.content {
                        references.append(String(cString: content))
                    }
                }
            }
            walk(element.pointee.children, elements: &elements, references: &references)
            current = element.pointee.next
        }
    }
}
