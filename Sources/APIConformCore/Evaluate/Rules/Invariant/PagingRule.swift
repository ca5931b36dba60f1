/// One page agrees with its paging metadata: totals, echoed page size, next token, truncation flag.
public struct PagingRule: InvariantRule {
    public static let key = "paging"
    public static let summary = "A page agrees with its metadata: total, echoed size, next token (token style) or page arithmetic and truncation (page style)."
    public static let discussion = """
        ```yaml
        - rule: paging
          style: token                               # or page
          items: $.MediaInfos
          page_size: {param: MaxResults, default: 10}
          total: $.TotalCount                        # optional
          echo: $.MaxResults                         # optional: the response repeats the page size
          token: $.NextToken                         # token style
          page: {param: page, default: 0}            # page style
          first_page: 0                              # page style: 0 (Huawei) or 1 (Alibaba PageNo)
          truncated: $.is_truncated                  # page style, optional
          total_cap: 20000                           # totals at or above this are estimates
        ```
        Token style: the total is at least the items on the page, and a first page that already holds \
        all `total` items has no next token. Page style: the page holds exactly \
        `min(size, total − pages before × size)` items and `truncated` is 1 exactly when more pages follow.
        """
    public static let invariantKeys = ["style", "items", "page_size", "total", "echo", "token", "page", "first_page", "truncated", "total_cap"]

    public enum Style: String, Sendable { case token, page }

    public let style: Style
    public let items: JSONPathPattern
    public let pageSize: ParameterBinding<Int64>
    public let total: JSONPathPattern?
    public let echo: JSONPathPattern?
    public let token: JSONPathPattern?
    public let page: ParameterBinding<Int64>?
    public let firstPage: Int64
    public let truncated: JSONPathPattern?
    public let totalCap: Int64?

    public var parameterNames: [String] { [pageSize.parameterName, page?.parameterName].compactMap { $0 } }

    public static func make(from declaration: MappingReader, sink: DiagnosticSink) -> PagingRule? {
        guard let styleText = declaration.string("style", required: true) else { return nil }
        guard let style = Style(rawValue: styleText) else {
            sink.report("unknown_value", "style must be token or page, not '\(styleText)'", at: declaration.location(of: "style"))
            return nil
        }
        let integer: (YAMLNode) -> Int64? = { YAMLValue.integer($0, what: "a page value", sink: sink) }
        guard let items = ItemKey.pattern(declaration, "items", required: true, sink: sink),
              let sizeNode = declaration.require("page_size"),
              let pageSize = ParameterBinding<Int64>.read(sizeNode, what: "'page_size'", sink: sink, scalar: integer) else { return nil }
        let page = declaration["page"].flatMap { ParameterBinding<Int64>.read($0, what: "'page'", sink: sink, scalar: integer) }
        if style == .page && page == nil { sink.report("missing_key", "page style needs 'page'", at: declaration.node.location) }
        if style == .token && !declaration.has("token") { sink.report("missing_key", "token style needs 'token'", at: declaration.node.location) }
        return PagingRule(
            style: style, items: items, pageSize: pageSize,
            total: ItemKey.pattern(declaration, "total", required: false, sink: sink),
            echo: ItemKey.pattern(declaration, "echo", required: false, sink: sink),
            token: ItemKey.pattern(declaration, "token", required: false, sink: sink),
            page: page, firstPage: declaration.integer("first_page") ?? 0,
            truncated: ItemKey.pattern(declaration, "truncated", required: false, sink: sink),
            totalCap: declaration.integer("total_cap"))
    }

    func integer(_ pattern: JSONPathPattern?, in body: JSONValue) -> (JSONPath, Int64)? {
        guard let pattern, let hit = pattern.select(in: body).first, let value = ValueText.integer(hit.value) else { return nil }
        return (hit.path, value)
    }

    public func check(_ body: JSONValue, in context: EvaluationContext) -> [RuleFailure] {
        guard let list = items.select(in: body).first, let array = list.value.arrayValue else { return [] }
        let count = Int64(array.count)
        var failures: [RuleFailure] = []
        let size = context.resolve(pageSize)
        if let size, let (path, echoed) = integer(echo, in: body), echoed != size {
            failures.append(RuleFailure(path: path, message: "the response says the page size is \(echoed) but the request asked for \(size)",
                                        expected: String(size), actual: String(echoed)))
        }
        guard let (totalPath, total) = integer(total, in: body) else { return failures + tokenChecks(body, count: count, total: nil, context: context) }
        if total < count {
            failures.append(RuleFailure(path: totalPath, message: "total \(total) is less than the \(count) items on this page",
                                        expected: "at least \(count)", actual: String(total)))
        }
        switch style {
        case .token: failures += tokenChecks(body, count: count, total: total, context: context)
        case .page:
            guard let size, size > 0, let pageBinding = page, let pageNumber = context.resolve(pageBinding) else { break }
            let before = (pageNumber - firstPage) * size
            let exact = totalCap.map { total < $0 } ?? true
            if exact {
                let expected = max(0, min(size, total - before))
                if count != expected {
                    failures.append(RuleFailure(path: list.path, message: "page \(pageNumber) of size \(size) with total \(total) should hold \(expected) items, holds \(count)",
                                                expected: "\(expected) items", actual: "\(count) items"))
                }
                if let (flagPath, flag) = integer(truncated, in: body) {
                    let more: Int64 = before + size < total ? 1 : 0
                    if flag != more {
                        failures.append(RuleFailure(path: flagPath, message: "truncation flag \(flag) but \(more == 1 ? "more items follow" : "this is the last page") (total \(total), page \(pageNumber), size \(size))",
                                                    expected: String(more), actual: String(flag)))
                    }
                }
            }
        }
        return failures
    }

    func tokenChecks(_ body: JSONValue, count: Int64, total: Int64?, context: EvaluationContext) -> [RuleFailure] {
        guard style == .token, let total, let token, let hit = token.select(in: body).first,
              let text = hit.value.stringValue, !text.isEmpty else { return [] }
        let tokenParameter = token.steps.last.flatMap { if case .key(let name) = $0 { return name } else { return nil } }
        let firstPage = tokenParameter.map { !context.sent($0) } ?? true
        guard firstPage, count >= total else { return [] }
        return [RuleFailure(path: hit.path, message: "a next token although the first page already holds all \(total) items",
                            expected: "no token", actual: hit.value.brief())]
    }

    public static let examples = [
        RuleExample("the response echoes another page size", contract: """
            request: {MaxResults: {type: integer, default: 10}}
            response: {additional_fields: allow}
            invariants: [{rule: paging, style: token, items: $.MediaInfos, page_size: {param: MaxResults}, echo: $.MaxResults, total: $.TotalCount, token: $.NextToken}]
            """, request: #"{"MaxResults": 5}"#, body: #"{"MediaInfos": [], "MaxResults": 10, "TotalCount": 0}"#,
            findings: ["$.MaxResults: the response says the page size is 10 but the request asked for 5"]),
        RuleExample("a total below the items returned", contract: """
            request: {MaxResults: {type: integer, default: 10}}
            response: {additional_fields: allow}
            invariants: [{rule: paging, style: token, items: $.MediaInfos, page_size: {param: MaxResults}, total: $.TotalCount, token: $.NextToken}]
            """, body: #"{"MediaInfos": [{}, {}], "TotalCount": 1}"#, findings: ["$.TotalCount: total 1 is less than the 2 items on this page"]),
        RuleExample("a next token after everything was returned", contract: """
            request: {MaxResults: {type: integer, default: 10}, NextToken: {type: string}}
            response: {additional_fields: allow}
            invariants: [{rule: paging, style: token, items: $.MediaInfos, page_size: {param: MaxResults}, total: $.TotalCount, token: $.NextToken}]
            """, body: #"{"MediaInfos": [{}, {}], "TotalCount": 2, "NextToken": "abc"}"#, findings: ["$.NextToken: a next token although the first page already holds all 2 items"]),
        RuleExample("a short middle page and a wrong truncation flag", contract: """
            request: {page: {type: integer, default: 0}, size: {type: integer, default: 10}}
            response: {additional_fields: allow}
            invariants: [{rule: paging, style: page, items: $.asset_info_array, page_size: {param: size}, page: {param: page}, first_page: 0, total: $.total, truncated: $.is_truncated}]
            """, request: #"{"page": 1, "size": 2}"#, body: #"{"asset_info_array": [{}], "total": 5, "is_truncated": 0}"#,
            findings: ["$.asset_info_array: page 1 of size 2 with total 5 should hold 2 items, holds 1", "$.is_truncated: truncation flag 0 but more items follow (total 5, page 1, size 2)"]),
        RuleExample("a consistent last page", contract: """
            request: {page: {type: integer, default: 0}, size: {type: integer, default: 10}}
            response: {additional_fields: allow}
            invariants: [{rule: paging, style: page, items: $.asset_info_array, page_size: {param: size}, page: {param: page}, total: $.total, truncated: $.is_truncated}]
            """, request: #"{"page": 2, "size": 2}"#, body: #"{"asset_info_array": [{}], "total": 5, "is_truncated": 0}"#),
        RuleExample("a token page with more to come", contract: """
            request: {MaxResults: {type: integer, default: 10}}
            response: {additional_fields: allow}
            invariants: [{rule: paging, style: token, items: $.MediaInfos, page_size: {param: MaxResults}, echo: $.MaxResults, total: $.TotalCount, token: $.NextToken}]
            """, request: #"{"MaxResults": 2}"#, body: #"{"MediaInfos": [{}, {}], "MaxResults": 2, "TotalCount": 4, "NextToken": "x"}"#),
    ]
}
