/// One operation's responses in a recording set: successful (2xx) bodies and error bodies apart,
/// since they have different shapes and only the first has a contract tree.
public struct OperationProfile: Sendable {
    public internal(set) var success = BodyProfile()
    public internal(set) var errors = BodyProfile()

    public init() {}

    public subscript(body: BodyKind) -> BodyProfile {
        body == .success ? success : errors
    }

    mutating func add(_ recording: Recording, file: String) {
        if (200...299).contains(recording.status) {
            success.add(body: recording.body, file: file)
        } else {
            errors.add(body: recording.body, file: file)
        }
    }
}

/// Which bodies a field belongs to.
public enum BodyKind: String, Hashable, Sendable, CaseIterable, Comparable {
    case success, error

    public static func < (lhs: BodyKind, rhs: BodyKind) -> Bool { lhs == .success && rhs == .error }
}
