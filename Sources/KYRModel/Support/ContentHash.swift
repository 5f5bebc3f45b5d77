/// A 64-bit hash of bytes, fed piece by piece: what incremental builds and the caches between
/// runs record of each input and output file. Not for secrets; for telling files apart.
///
/// Bytes are mixed eight at a time (xxHash64's round), and the hash of a stream does not
/// depend on how it was cut into pieces: a file hashed as it is written in one piece and as it
/// is read back in blocks gives the same value. Byte by byte (FNV-1a, before) it took a tenth
/// of a rebuild that keeps most of the output, which is read back and hashed.
package struct ContentHash: Sendable {
    /// What the bytes so far hash to.
    package private(set) var value: UInt64
    /// The complete words mixed so far.
    private var state: UInt64 = Self.seed
    /// The bytes after the last complete word (fewer than eight), in the low bytes.
    private var pending: UInt64 = 0
    private var length: UInt64 = 0

    private static let seed: UInt64 = 0x27D4_EB2F_1656_67C5
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

    package init() {
        value = Self.finish(Self.seed, pending: 0, length: 0)
    }

    /// The hash of `bytes` alone.
    package init(_ bytes: some Sequence<UInt8>) {
        self.init()
        combine(bytes)
    }

    package mutating func combine(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { mix(UnsafeRawBufferPointer($0)) }
        if done == nil {
            for byte in bytes { withUnsafeBytes(of: byte) { mix($0) } }
        }
    }

    /// A string, then a separator no UTF-8 text contains, so `"ab" + "c"` and `"a" + "bc"` differ.
    package mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { mix(UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0xFF)) { mix($0) }
    }

    package mutating func combine(_ other: ContentHash) {
        combine(other.value)
    }

    /// A number's eight bytes, little-endian.
    package mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { mix($0) }
    }

    /// 16 lower-case hex digits (`HexWord`).
    package var hex: String { HexWord.string(value) }

    /// The hash a `hex` string spells; nil for anything `hex` would not write. Only for
    /// comparing: bytes combined into it later are mixed into a state it does not have.
    package init?(hex: String) {
        guard let value = HexWord.value(hex) else { return nil }
        self.init(value: value)
    }

    package init?(hex: Substring) {
        guard let value = HexWord.value(hex) else { return nil }
        self.init(value: value)
    }

    /// The hash whose `value` is `value`; only for comparing, as with `init(hex:)`.
    package init(value: UInt64) {
        self.value = value
        state = value
    }

    private mutating func mix(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        var state = state
        var pending = pending
        var held = Int(length & 7)
        var index = 0
        // Complete the word begun by the last piece.
        while held > 0 && held < 8 && index < bytes.count {
            pending |= UInt64(bytes[index]) << UInt64(8 * held)
            held += 1
            index += 1
        }
        if held == 8 {
            state = Self.round(state, pending)
            pending = 0
            held = 0
        }
        while index + 8 <= bytes.count {
            state = Self.round(state, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        while index < bytes.count {
            pending |= UInt64(bytes[index]) << UInt64(8 * held)
            held += 1
            index += 1
        }
        length &+= UInt64(bytes.count)
        self.state = state
        self.pending = pending
        value = Self.finish(state, pending: pending, length: length)
    }

    private static func round(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = state &+ word &* prime2
        return ((mixed << 31) | (mixed >> 33)) &* prime1
    }

    /// The state with the bytes after the last word and the length mixed in, avalanched.
    private static func finish(_ state: UInt64, pending: UInt64, length: UInt64) -> UInt64 {
        var hash = round(state ^ length, pending)
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        hash ^= hash >> 32
        return hash
    }
}

/// Hashes are equal when their values are: one read back from a manifest equals the one
/// computed from the same bytes.
extension ContentHash: Hashable {
    package static func == (lhs: ContentHash, rhs: ContentHash) -> Bool {
        lhs.value == rhs.value
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
