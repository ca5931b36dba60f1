import APIConformCore

/// Inputs of `check` read but not yet checked. One thread reads; a batch is parsed and checked on
/// every core (`ParallelMap`) and reported in input order, so the output is the same as one by one.
/// A batch is at most `maximumCount` inputs or `maximumBytes` of NDJSON, so memory stays bounded
/// whatever the stream's length.
struct CheckBatch {
    enum Pending: Sendable {
        /// A file body (or a line that could not be read), ready to check.
        case read(Result<CheckInput, CheckInput.Unusable>)
        /// An NDJSON line not parsed yet: parsing is half of the work, so it is done in parallel too.
        case line([UInt8], name: String, status: Int, request: JSONObject?)

        var size: Int {
            if case .line(let bytes, _, _, _) = self { return bytes.count }
            if case .read(.success(let input)) = self, case .bytes(let bytes) = input.body { return bytes.count }
            return 0
        }

        /// The input, its NDJSON line parsed.
        func parsed() -> Result<CheckInput, CheckInput.Unusable> {
            switch self {
            case .read(let result): return result
            case .line(let bytes, let name, let status, let request):
                return Result { () throws(CheckInput.Unusable) in try CheckInput.line(bytes, name: name, status: status, request: request) }
            }
        }
    }

    static let maximumCount = 64
    static let maximumBytes = 4 << 20

    private(set) var pending: [Pending] = []
    private var bytes = 0

    var isEmpty: Bool { pending.isEmpty }

    /// Adds an input; true when the batch is full and should be checked now.
    mutating func add(_ input: Pending) -> Bool {
        pending.append(input)
        bytes += input.size
        return pending.count >= Self.maximumCount || bytes >= Self.maximumBytes
    }

    mutating func take() -> [Pending] {
        defer {
            pending = []
            bytes = 0
        }
        return pending
    }
}
