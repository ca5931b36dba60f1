/// The page of a walk a finding belongs to: a later page by number, or the walk as a whole
/// (an item listed twice across pages, order broken at a page boundary, totals that disagree).
public enum FindingPage: Hashable, Sendable {
    case number(Int)
    case walk
}
