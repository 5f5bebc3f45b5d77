import KYRModel

extension TemplateValue {
    /// A hash of the value as templates see it: equal values render equal bytes with the same
    /// templates. Nil when it holds a value other than text, a
    /// flag or a number, which has no stable form.
    package var contentHash: ContentHash? {
        var hash = ContentHash()
        return combine(into: &hash) ? hash : nil
    }

    private func combine(into hash: inout ContentHash) -> Bool {
        switch self {
        case .string(let string):
            hash.combine("s")
            hash.combine(string)
        case .bool(let bool):
            hash.combine(bool ? "t" : "f")
        case .list(let list):
            hash.combine("l\(list.count)")
            for element in list where !element.combine(into: &hash) { return false }
        case .generated(let list):
            // As the same elements in a `.list`: how a list is held does not change its bytes.
            hash.combine("l\(list.count)")
            for element in list where !element.combine(into: &hash) { return false }
        case .object(let object):
            hash.combine("o\(object.count)")
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                hash.combine(key)
                guard value.combine(into: &hash) else { return false }
            }
        case .other(let value as Int):
            hash.combine("i\(value)")
        case .other(let value as Double):
            hash.combine("d\(value.bitPattern)")
        case .other:
            return false
        }
        return true
    }
}
