import Foundation

/// A contract's regular expression (ICU syntax), matched against a whole string.
///
/// The subset contracts use (`PatternParser`) runs as a `PatternProgram`: no ICU start-up (≈ 1.4 ms
/// of a one-shot `check`), no `NSString` bridging per value, linear time. Anything outside it is
/// compiled by ICU as before, so every pattern ICU accepts still works and means what ICU says; a
/// differential test holds the subset to ICU's verdicts.
public struct ContractPattern: @unchecked Sendable {
    public let source: String
    /// The parsed subset; nil when the pattern is ICU's alone.
    public let node: PatternNode?
    private let program: PatternProgram?
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    private let regex: NSRegularExpression?

    /// Nil when the pattern is not a valid regular expression.
    public init?(_ source: String) {
        self.source = source
        if let node = PatternParser.parse(source), let program = PatternProgram(node) {
            self.node = node
            self.program = program
            regex = nil
            return
        }
        // \z, not $: ICU's $ also matches before a final newline, which would let "x.mp4\n" through.
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(source))\\z") else { return nil }
        node = nil
        program = nil
        self.regex = regex
    }

    /// True when the subset's program answers, without ICU.
    public var runsWithoutICU: Bool { program != nil }

    public func matches(_ text: String) -> Bool {
        if let program { return program.matches(text) }
        guard let regex else { return false }
        return regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }
}
