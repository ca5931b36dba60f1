/// A line diff for test failure messages: the removed and added lines, numbered, from a longest
/// common subsequence, so one inserted line shows as one `+` line rather than as every line after it.
public enum LineDiff {
    /// `-12: old line` / `+12: new line` rows with golden and actual line numbers; empty when equal.
    public static func render(expected: String, actual: String, maxRows: Int = 60) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        // common[i][j]: length of the longest common subsequence of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var rows: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                rows.append("-\(i + 1): \(old[i])")
                i += 1
            } else {
                rows.append("+\(j + 1): \(new[j])")
                j += 1
            }
        }
        guard rows.count > maxRows else { return rows.joined(separator: "\n") }
        return (rows.prefix(maxRows) + ["… \(rows.count - maxRows) more rows"]).joined(separator: "\n")
    }
}
