// CYaml is the libyaml that Yams builds and links: its event parser, used directly, adds no dependency.
import CYaml

/// Composes `YAMLNode`s straight from libyaml's event stream, in one linear pass that also holds
/// every input to its bounds — so no YAML input can make a loader hang or blow up, and a clean file
/// costs one parse.
///
/// Bounds: Yams expands an alias into the node it names, so nine levels of aliases ("billion
/// laughs") are 10⁹ nodes of work, and deeply nested flow collections recurse once per level. Case
/// files, contracts and targets have no use for anchors or aliases, so they are refused at the first
/// one; nesting and the number of nodes are bounded by `YAMLLimits`.
///
/// Speed: composing through Yams allocated an event object, a tag object and a node per scalar,
/// resolved tags by regular expression, and hashed whole nodes for duplicate keys; here each scalar
/// becomes its `YAMLNode` at once, typed by `YAMLCoreSchema`, and duplicate keys are found with one
/// hash set per mapping.
///
/// A file that is not clean — a syntax error, a repeated key, a key that is not a scalar, a second
/// document — is `.irregular`: `YAMLDocument` then composes it through Yams, whose errors it words
/// (with positions) as it always has. The bounds are still checked over the whole file first.
enum YAMLComposer {
    enum Outcome {
        /// The document's root; nil for an empty stream.
        case composed(YAMLNode?)
        /// A bound was exceeded, or an anchor or alias was found.
        case refused(Diagnostic)
        /// Not clean (see above): to be composed by Yams for its diagnostic.
        case irregular
    }

    /// The refusal a file earns, if any (the bounds alone, for tests and callers that only check).
    static func check(_ text: String, file: String, limits: YAMLLimits = .standard) -> Diagnostic? {
        if case .refused(let diagnostic) = compose(text, file: file, limits: limits) { return diagnostic }
        return nil
    }

    static func compose(_ text: String, file: String, limits: YAMLLimits = .standard) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            var composer = Composition(file: file)
            return composer.run(bytes, limits: limits)
        }
    }

    /// An open mapping or sequence.
    private struct Frame {
        var location: SourceLocation
        var isMapping: Bool
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        var keys: Set<String> = []
        var pendingKey: (text: String, location: SourceLocation)?
    }

    private struct Composition {
        let file: String
        var stack: [Frame] = []
        var root: YAMLNode?
        var documents = 0
        var irregular = false

        init(file: String) {
            self.file = file
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) -> Outcome {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .irregular }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var nodes = 0
            while true {
                var event = yaml_event_t()
                // A syntax error: Yams reports it, in its own words, at the same position.
                guard yaml_parser_parse(&parser, &event) == 1 else { return .irregular }
                defer { yaml_event_delete(&event) }
                let at = SourceLocation(file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return irregular ? .irregular : .composed(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 { irregular = true }
                case YAML_ALIAS_EVENT:
                    return .refused(refusal("an alias (*name)", at: at))
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    if scalar.anchor != nil { return .refused(refusal("an anchor (&name)", at: at)) }
                    nodes += 1
                    if !irregular {
                        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                        let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                        let tag = scalar.tag.map { String(cString: $0) }
                        add(YAMLNode(kind: .scalar(YAMLDocument.resolve(text, plain: plain, tag: tag)), location: at))
                    }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let anchored = isMapping ? event.data.mapping_start.anchor != nil : event.data.sequence_start.anchor != nil
                    if anchored { return .refused(refusal("an anchor (&name)", at: at)) }
                    nodes += 1
                    stack.append(Frame(location: at, isMapping: isMapping))
                    if stack.count > limits.maximumDepth {
                        return .refused(Diagnostic("input_limit", "nesting deeper than \(limits.maximumDepth) levels (limit yaml_depth)", at: at,
                                                   hint: "case files and contracts nest a few levels; flatten this value"))
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return .irregular }
                    if !irregular {
                        add(YAMLNode(kind: frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), location: frame.location))
                    }
                default:
                    break
                }
                if nodes > limits.maximumNodes {
                    return .refused(Diagnostic("input_limit", "more than \(limits.maximumNodes) YAML nodes in one file (limit yaml_nodes)", at: at,
                                               hint: "split the file into smaller ones"))
                }
            }
        }

        /// Hands a finished node to the collection it is in, as an item, a key or a value.
        mutating func add(_ node: YAMLNode) {
            guard let top = stack.indices.last else {
                root = node
                return
            }
            guard stack[top].isMapping else {
                stack[top].items.append(node)
                return
            }
            guard let key = stack[top].pendingKey else {
                // A key must be a scalar, and appear once: anything else is Yams' (and convert's) to word.
                guard case .scalar(let scalar) = node.kind, stack[top].keys.insert(scalar.text).inserted else {
                    irregular = true
                    return
                }
                stack[top].pendingKey = (scalar.text, node.location)
                return
            }
            stack[top].entries.append(YAMLNode.Entry(key: key.text, keyLocation: key.location, value: node))
            stack[top].pendingKey = nil
        }

        func refusal(_ what: String, at location: SourceLocation) -> Diagnostic {
            Diagnostic("yaml_alias", "\(what) is not supported in case files, contracts and targets", at: location,
                       hint: "write the value out in full where it is used (anchors and aliases are refused so a file cannot expand exponentially)")
        }
    }
}
