import Foundation

/// The "did you mean" answers of one evaluation, each distinct member name asked once.
///
/// A page of 20,000 items that all carry the same new member would otherwise compare that name
/// with every documented name 20,000 times. The memo lives as long as its `EvaluationContext` (one
/// body), and remembers at most `capacity` names: past that (a hostile object of 10⁶ distinct new
/// names, none asked twice) remembering would only cost memory and hashing.
public final class SuggestionMemo: @unchecked Sendable {
    struct Key: Hashable {
        let candidates: ObjectIdentifier
        let word: String
    }

    // A context is used by one evaluation at a time; the lock only keeps a shared one sound.
    private let lock = NSLock()
    private var answers: [Key: String?] = [:]
    private var computedCount = 0
    static let capacity = 4096

    public init() {}

    /// How many answers were computed rather than remembered.
    public var computed: Int { lock.withLock { computedCount } }

    public func closest(to word: String, in candidates: Suggestion.Candidates) -> String? {
        let key = Key(candidates: ObjectIdentifier(candidates), word: word)
        if let known = lock.withLock({ answers[key] }) { return known }
        let answer = Suggestion.closest(to: word, in: candidates)
        lock.withLock {
            if answers.count < Self.capacity { answers[key] = answer }
            computedCount += 1
        }
        return answer
    }
}
