/// The bounds every YAML input (case file, contract, targets, drift acceptances) is held to before it
/// is composed; docs/limits.md lists them. Each is far above what a real file needs.
public struct YAMLLimits: Sendable, Hashable {
    /// `yaml_file_bytes`: a larger file is refused before it is read.
    public var maximumFileBytes: Int
    /// `yaml_depth`: nested mappings and lists.
    public var maximumDepth: Int
    /// `yaml_nodes`: scalars, mappings and lists in one file.
    public var maximumNodes: Int

    public static let standard = YAMLLimits(maximumFileBytes: 8 << 20, maximumDepth: 64, maximumNodes: 1_000_000)
}
