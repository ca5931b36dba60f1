/// The values `${vars.NAME}` and `${env.NAME}` resolve to in one run: the target's `vars:` (over the
/// targets file's top-level `vars:`) and the process environment.
public struct RunVariables: Sendable {
    public var vars: [String: String]
    public var environment: [String: String]

    public init(vars: [String: String] = [:], environment: [String: String] = [:]) {
        self.vars = vars
        self.environment = environment
    }
}
