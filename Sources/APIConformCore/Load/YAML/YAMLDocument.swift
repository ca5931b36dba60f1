import Yams

/// Parses YAML text into position-carrying `YAMLNode`s; syntax errors become diagnostics with a position.
public enum YAMLDocument {
    /// Parses one file's text. An empty document is an empty mapping.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> YAMLNode {
        let empty = YAMLNode(kind: .mapping([]), location: SourceLocation(file: file, line: 1, column: 1))
        switch YAMLComposer.compose(text, file: file) {
        case .composed(let root): return root ?? empty
        case .refused(let diagnostic): throw diagnostic
        case .irregular: break
        }
        // Not clean: Yams composes it again and words what is wrong (the bounds were checked above).
        let composed: Node?
        do {
            // No resolver rules: Yams leaves every scalar a string; `resolve` types the plain ones.
            composed = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file, text: text)
        } catch {
            throw Diagnostic("yaml_syntax", "\(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let composed else { return empty }
        return try convert(composed, file: file)
    }

    /// The top-level mapping of a file's text, or nil with the diagnostics reported (every loader starts here).
    public static func topMapping(_ text: String, file: String, what: String, sink: DiagnosticSink) -> MappingReader? {
        do {
            return MappingReader(try parse(text, file: file), what: what, sink: sink)
        } catch {
            sink.report(error)
            return nil
        }
    }

    static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func convert(_ node: Node, file: String) throws(Diagnostic) -> YAMLNode {
        let at = location(node.mark, file: file)
        switch node {
        case .scalar(let scalar):
            let tag = scalar.tag.rawValue == Tag.Name.implicit.rawValue ? nil : scalar.tag.rawValue
            return YAMLNode(kind: .scalar(resolve(scalar.string, plain: scalar.style == .plain, tag: tag)), location: at)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item, file: file)) }
            return YAMLNode(kind: .sequence(items), location: at)
        case .mapping(let mapping):
            var entries: [YAMLNode.Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw Diagnostic("wrong_type", "a mapping key must be a plain name", at: location(key.mark, file: file))
                }
                entries.append(YAMLNode.Entry(key: keyScalar.string, keyLocation: location(key.mark, file: file), value: try convert(value, file: file)))
            }
            return YAMLNode(kind: .mapping(entries), location: at)
        case .alias:
            // Unreachable after `YAMLComposer`, which refuses every anchor and alias before Yams composes.
            throw Diagnostic("yaml_alias", "aliases are not supported in case files and contracts", at: at, hint: "write the value out")
        }
    }

    /// A quoted scalar is a string; a plain one is typed by the core schema (`YAMLCoreSchema`), and an
    /// explicit `!!null`, `!!bool`, `!!int` or `!!float` (`tag`, nil when there is none) holds only
    /// when the text is one of its kind (else it is a string; `!!float 1` is the number 1).
    static func resolve(_ text: String, plain: Bool, tag: String?) -> YAMLScalar {
        guard plain else { return YAMLScalar(text: text, resolved: .string) }
        let resolved = YAMLCoreSchema.resolve(plain: text)
        guard let tag else { return YAMLScalar(text: text, resolved: resolved) }
        let holds: Bool
        switch resolved {
        case .null: holds = tag == Tag.Name.null.rawValue
        case .bool: holds = tag == Tag.Name.bool.rawValue
        case .integer(let value):
            if tag == Tag.Name.float.rawValue { return YAMLScalar(text: text, resolved: .float(Double(value))) }
            holds = tag == Tag.Name.int.rawValue
        case .float: holds = tag == Tag.Name.float.rawValue
        case .string: holds = false
        }
        return YAMLScalar(text: text, resolved: holds ? resolved : .string)
    }

    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = problem
            if let context { message = "\(context.text): \(problem)" }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // At the end of the file the fault is what was left open: point at where it opened.
            if let context, isAtEnd(mark, lines: lines) {
                return Diagnostic("yaml_syntax", message, at: location(context.mark, file: file),
                                  hint: "close what opens here: a quote needs its closing quote, '[' its ']', '{' its '}'")
            }
            return Diagnostic("yaml_syntax", message, at: location(mark, file: file), hint: hint(at: mark, lines: lines, problem: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted().first ?? ""
            let first = context.mark
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            // Yams marks the first occurrence; the one to remove is the repeat.
            if let repeated = repeatedKey(key, after: first, lines: text.split(separator: "\n", omittingEmptySubsequences: false)) {
                return Diagnostic("duplicate_key", "key \(keys) appears more than once in this mapping (first at line \(first.line))",
                                  at: SourceLocation(file: file, line: repeated.line, column: repeated.column), hint: "keep one of them")
            }
            return Diagnostic("duplicate_key", "key \(keys) appears more than once in this mapping",
                              at: location(first, file: file), hint: "keep one of them")
        case let .reader(problem, _, _, _):
            return Diagnostic("yaml_syntax", problem, at: SourceLocation(file: file, line: 1, column: 1), hint: "save the file as UTF-8")
        default:
            return Diagnostic("yaml_syntax", error.description, at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// True when nothing but white space and comments follows `mark`.
    static func isAtEnd(_ mark: Mark, lines: [Substring]) -> Bool {
        guard mark.line >= 1 else { return false }
        for (offset, line) in lines.enumerated() where offset + 1 >= mark.line {
            let rest = offset + 1 == mark.line ? line.dropFirst(max(0, mark.column - 1)) : line
            let content = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if !content.isEmpty && !content.hasPrefix("#") { return false }
        }
        return true
    }

    /// The fix for a syntax error, from the character at the fault.
    static func hint(at mark: Mark, lines: [Substring], problem: String) -> String {
        if lines.indices.contains(mark.line - 1) {
            let line = lines[mark.line - 1]
            let before = line.prefix(max(0, mark.column - 1))
            if line.contains("\t") && (before.allSatisfy { $0 == " " || $0 == "\t" } || line.dropFirst(before.count).first == "\t") {
                return "indent with spaces: YAML does not allow tabs for indentation"
            }
        }
        if problem.contains("expected '-' indicator") || problem.contains("expected <block end>") || problem.contains("mapping values are not allowed") {
            return "line this up with the keys or '-' items above it (the same number of spaces), or quote a value that holds ': '"
        }
        return "check indentation and quoting on this line"
    }

    /// The next line at the same column as the first occurrence that names `key` again.
    static func repeatedKey(_ key: String, after first: Mark, lines: [Substring]) -> (line: Int, column: Int)? {
        let spellings = [key + ":", "\"" + key + "\":", "'" + key + "':"]
        for number in first.line..<lines.count {
            let line = lines[number]
            let column = first.column - 1
            guard line.count > column else { continue }
            let rest = line.dropFirst(column)
            let indentation = line.prefix(column)
            guard indentation.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            if spellings.contains(where: { rest.hasPrefix($0) }) { return (number + 1, column + 1) }
        }
        return nil
    }
}
