/// The operations a file may name (accepted drift), for checking names and for "did you mean".
///
/// A command that loaded one contract (`check`) knows that operation at once; the others are listed
/// only when a file names one of them, so an accepted-drift entry for another operation costs a full
/// contract load only when there is one.
public struct KnownOperations {
    let loaded: [String]
    let rest: Rest

    public init(_ operations: [String]) {
        self.init(loaded: operations, others: { [] })
    }

    /// `others` is called at most once, and only for a name that is not in `loaded`.
    public init(loaded: [String], others: @escaping () -> [String]) {
        self.loaded = loaded
        rest = Rest(list: others)
    }

    public func contains(_ operation: String) -> Bool {
        loaded.contains(operation) || rest.names.contains(operation)
    }

    public var names: [String] { loaded + rest.names.filter { !loaded.contains($0) } }

    /// The other operations, listed on first use and kept.
    final class Rest {
        let list: () -> [String]
        lazy var names: [String] = list()

        init(list: @escaping () -> [String]) {
            self.list = list
        }
    }
}
