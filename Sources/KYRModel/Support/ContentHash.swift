/// A 64-bit FNV-1a hash of bytes, fed piece by piece: what incremental builds record of each
/// input and output file. Not for secrets; for telling files apart, as the fingerprints of
/// translated units are.
package struct ContentHash: Sendable, Hashable {
    package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    package init() {}

    /// The hash of `bytes` alone.
    package init(_ bytes: some Sequence<UInt8>) {
        combine(bytes)
    }

    package mutating func combine(_ bytes: some Sequence<UInt8>) {
        var hash = value
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        if done == nil {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        value = hash
    }

    /// A string, then a separator no UTF-8 text contains, so `"ab" + "c"` and `"a" + "bc"` differ.
    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine($0) }
        combine(CollectionOfOne(0xFF))
    }

    package mutating func combine(_ other: ContentHash) {
        withUnsafeBytes(of: other.value.littleEndian) { combine($0) }
    }

    /// 16 lower-case hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash a `hex` string spells; nil for anything else.
    package init?(hex: some StringProtocol) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }
}
