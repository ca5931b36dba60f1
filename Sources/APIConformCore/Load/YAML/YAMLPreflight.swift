// CYaml is the libyaml that Yams builds and links: its event parser, used directly, adds no dependency.
import CYaml

/// A pass over libyaml's event stream before anything is composed, so no YAML input can make a
/// loader hang or blow up: Yams expands an alias into the node it names, and hashes whole nodes to
/// find duplicate keys, so nine levels of aliases ("billion laughs") are 10⁹ nodes of work, and
/// deeply nested flow collections recurse once per level.
///
/// Case files, contracts and targets have no use for anchors or aliases, so they are refused at the
/// first one; nesting and the number of nodes are bounded by `YAMLLimits`. The pass is linear in the
/// text and allocates nothing per node. Syntax errors are left to the composer, which words them.
enum YAMLPreflight {
    static func check(_ text: String, file: String, limits: YAMLLimits = .standard) -> Diagnostic? {
        var text = text
        return text.withUTF8 { bytes in scan(bytes, file: file, limits: limits) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var depth = 0
        var nodes = 0
        while true {
            var event = yaml_event_t()
            // A syntax error: the composer reports it, in its own words, at the same position.
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let at = SourceLocation(file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_ALIAS_EVENT:
                return refusal("an alias (*name)", at: at)
            case YAML_SCALAR_EVENT:
                if event.data.scalar.anchor != nil { return refusal("an anchor (&name)", at: at) }
                nodes += 1
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchored = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor != nil : event.data.mapping_start.anchor != nil
                if anchored { return refusal("an anchor (&name)", at: at) }
                nodes += 1
                depth += 1
                if depth > limits.maximumDepth {
                    return Diagnostic("input_limit", "nesting deeper than \(limits.maximumDepth) levels (limit yaml_depth)", at: at,
                                      hint: "case files and contracts nest a few levels; flatten this value")
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                depth -= 1
            default:
                break
            }
            if nodes > limits.maximumNodes {
                return Diagnostic("input_limit", "more than \(limits.maximumNodes) YAML nodes in one file (limit yaml_nodes)", at: at,
                                  hint: "split the file into smaller ones")
            }
        }
    }

    private static func refusal(_ what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic("yaml_alias", "\(what) is not supported in case files, contracts and targets", at: location,
                   hint: "write the value out in full where it is used (anchors and aliases are refused so a file cannot expand exponentially)")
    }
}
