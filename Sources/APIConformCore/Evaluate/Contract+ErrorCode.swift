extension Contract {
    /// The member the contract's `errors:` section names as the provider's error code, if it has one.
    public var errorCodeField: String? { (errors?.rule as? ErrorShapeRule)?.code }

    /// The provider error code an answer carries, read from the field the contract's `errors:` section
    /// names (`Code` for Alibaba, `error_code` for Huawei): attempt lists, walk errors and record mode
    /// name what the provider said without knowing any provider themselves.
    public func errorCode(in body: [UInt8]) -> String? {
        guard let field = errorCodeField, !body.isEmpty, body.count < 1 << 20,
              let value = try? JSONReader().parse(body) else { return nil }
        return value[field]?.stringValue
    }
}
