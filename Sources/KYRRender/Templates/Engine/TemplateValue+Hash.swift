import KYRModel

extension TemplateValue {
    /// A hash of the value as templates see it: equal values render equal bytes with the same
    /// templates. Nil when it holds a value other than text, a
    /// flag or a number, which has no stable form.
    package var contentHash: ContentHash? {
        var hash = ContentHash()
        return combine(into: &hash) ? hash : nil
    }

    /// Each value is its kind's tag, then its contents: a length before the elements of a list
    /// or an object, so no two different values feed the same bytes. Tags and lengths are
    /// mixed as numbers, not formatted: the sitemap alone has 200,000 objects.
    private func combine(into hash: inout ContentHash) -> Bool {
        switch self {
        case .string(let string):
            hash.combine(Tag.string)
            hash.combine(string)
        case .bool(let bool):
            hash.combine(bool ? Tag.yes : Tag.no)
        case .list(let list):
            hash.combine(Tag.list | UInt64(list.count) << 8)
            for element in list where !element.combine(into: &hash) { return false }
        case .generated(let list):
            if let key = list.key {
                hash.combine(Tag.generated | UInt64(list.count) << 8)
                hash.combine(key.value)
                return true
            }
            // As the same elements in a `.list`: how a list is held does not change its bytes.
            hash.combine(Tag.list | UInt64(list.count) << 8)
            for element in list where !element.combine(into: &hash) { return false }
        case .object(let object):
            hash.combine(Tag.object | UInt64(object.count) << 8)
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                hash.combine(key)
                guard value.combine(into: &hash) else { return false }
            }
        case .other(let value as Int):
            hash.combine(Tag.integer)
            hash.combine(UInt64(bitPattern: Int64(value)))
        case .other(let value as Double):
            hash.combine(Tag.double)
            hash.combine(value.bitPattern)
        case .other:
            return false
        }
        return true
    }

    /// The first byte of each kind's word.
    private enum Tag {
        static let string: UInt64 = 1
        static let yes: UInt64 = 2
        static let no: UInt64 = 3
        static let list: UInt64 = 4
        static let object: UInt64 = 5
        static let integer: UInt64 = 6
        static let double: UInt64 = 7
        static let generated: UInt64 = 8
    }
}
