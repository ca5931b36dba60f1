/// How often something was seen in a recording set, and the first recording that showed it, so a
/// change can point at an example file.
public struct Sighting: Hashable, Sendable {
    public var count: Int
    /// The recording (as the set's directory argument plus its relative path) that showed it first.
    public var firstFile: String
}

extension Dictionary where Value == Sighting {
    /// Counts one more `key`, remembering `file` when it is the first.
    mutating func see(_ key: Key, in file: String) {
        if self[key] == nil {
            self[key] = Sighting(count: 1, firstFile: file)
        } else {
            self[key]!.count += 1
        }
    }

    /// The sighting of the keys in `keys` that came first in file order (the set is read in sorted
    /// order, so the smallest file name is the first recording that showed any of them).
    func first(of keys: some Sequence<Key>) -> Sighting? {
        keys.compactMap { self[$0] }.min { $0.firstFile < $1.firstFile }
    }
}
