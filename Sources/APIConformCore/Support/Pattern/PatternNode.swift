/// A regular expression of the subset contracts use, as a tree: what `PatternParser` reads, what
/// `PatternProgram` compiles and what synthesis samples from.
public indirect enum PatternNode: Sendable {
    /// One scalar of a set (a literal is a set of one).
    case scalar(ScalarSet)
    case sequence([PatternNode])
    /// The first branch that leads to a whole match wins; for matching, any branch.
    case alternation([PatternNode])
    /// `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (lazy or greedy alike: a whole match exists or not either way).
    case repetition(PatternNode, min: Int, max: Int?)
    /// `^` or `\A`: the start of the string (no multi-line flag in the subset).
    case start
    /// `\z`: the end of the string.
    case end
}
