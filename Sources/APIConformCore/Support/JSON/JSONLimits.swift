/// The bounds a response body is held to, so a hostile body is answered with one `input_limit`
/// finding at the offending path rather than exhausting memory or the stack. Each is far above any
/// real provider body (they nest under 10 levels and hold pages of at most a few hundred items);
/// docs/limits.md lists them with their names.
public struct JSONLimits: Sendable, Hashable {
    /// `json_body_bytes`: the whole body; a larger one is not parsed (and `check` stops reading it).
    public var maximumBodyBytes: Int
    /// `json_depth`: nested objects and arrays.
    public var maximumDepth: Int
    /// `json_keys_per_object`: members of one object.
    public var maximumKeysPerObject: Int
    /// `json_string_bytes`: the UTF-8 of one string or member name, as written (escapes included).
    public var maximumStringBytes: Int

    public init(maximumBodyBytes: Int, maximumDepth: Int, maximumKeysPerObject: Int, maximumStringBytes: Int) {
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumDepth = maximumDepth
        self.maximumKeysPerObject = maximumKeysPerObject
        self.maximumStringBytes = maximumStringBytes
    }

    public static let standard = JSONLimits(maximumBodyBytes: 64 << 20, maximumDepth: 512,
                                            maximumKeysPerObject: 1_000_000, maximumStringBytes: 16 << 20)
}
