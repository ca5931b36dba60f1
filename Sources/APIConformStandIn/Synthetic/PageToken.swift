import Foundation

/// The synthetic account's NextToken: 16 bytes in base64 like the providers' tokens, holding the
/// offset of the next page and a check tied to the account and the operation, so a token from another
/// account (a recording) is refused rather than silently read as an offset.
struct PageToken {
    let seed: String
    let operation: String

    func token(offset: Int) -> String {
        var bytes = withUnsafeBytes(of: UInt32(offset).bigEndian, Array.init)
        var check = SeededRandom(seed: seed, stream: "token \(operation) \(offset)")
        while bytes.count < 16 { bytes += withUnsafeBytes(of: check.next(), Array.init).prefix(16 - bytes.count) }
        return Data(bytes).base64EncodedString()
    }

    /// The offset a token stands for, or nil when this account did not issue it.
    func offset(_ token: String) -> Int? {
        guard let data = Data(base64Encoded: token), data.count == 16 else { return nil }
        let offset = Int(data.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        return self.token(offset: offset) == token ? offset : nil
    }
}
