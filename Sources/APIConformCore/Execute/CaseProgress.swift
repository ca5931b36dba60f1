/// One finished case as the run goes, for progress reporting (results come in finishing order, not report order).
public struct CaseProgress: Sendable {
    public var result: CaseResult
    /// The case file's operation.
    public var operation: String
    /// Cases finished so far, this one included, and cases the run will start in all.
    public var done: Int
    public var total: Int

    public init(result: CaseResult, operation: String, done: Int, total: Int) {
        self.result = result
        self.operation = operation
        self.done = done
        self.total = total
    }
}
