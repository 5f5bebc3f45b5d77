import KYRModel
import KYRTestSupport
import Testing

/// What incremental builds rely on: the same bytes give the same hash however they were cut
/// into pieces (a file hashed as written and as read back in blocks), and different bytes
/// differ.
@Suite struct ContentHashTests {
    static func bytes(_ count: Int, _ random: inout SeededRandom) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func piecesHashAsTheWhole(_ seed: UInt64) {
        var random = SeededRandom(state: seed)
        let whole = Self.bytes(1 + random.below(5000), &random)
        var pieces = ContentHash()
        var start = 0
        while start < whole.count {
            let end = min(whole.count, start + random.below(20))
            pieces.combine(whole[start..<end])
            start = end
        }
        #expect(pieces == ContentHash(whole))
        #expect(pieces.value == ContentHash(whole).value)
        // A sequence without contiguous storage takes the byte-by-byte way, to the same value.
        #expect(ContentHash(whole.lazy.map { $0 }) == ContentHash(whole))
    }

    @Test func differentBytesDiffer() {
        var seen: Set<UInt64> = []
        // Runs of zero bytes differ by their length alone.
        for count in 0...64 { seen.insert(ContentHash([UInt8](repeating: 0, count: count)).value) }
        #expect(seen.count == 65)
        var random = SeededRandom(state: 7)
        var values: Set<UInt64> = []
        var inputs: Set<[UInt8]> = []
        for _ in 0..<20_000 {
            let input = Self.bytes(random.below(24), &random)
            if inputs.insert(input).inserted { values.insert(ContentHash(input).value) }
        }
        #expect(values.count == inputs.count)
        // One bit flipped anywhere changes the hash.
        let base = Self.bytes(100, &random)
        for index in base.indices {
            var flipped = base
            flipped[index] ^= 1
            #expect(ContentHash(flipped) != ContentHash(base))
        }
    }

    @Test func stringsAreSeparated() {
        var ab = ContentHash()
        ab.combine("ab")
        ab.combine("c")
        var bc = ContentHash()
        bc.combine("a")
        bc.combine("bc")
        #expect(ab != bc)
    }

    @Test func hexRoundTrips() throws {
        let hash = ContentHash(Array("kyr".utf8))
        #expect(hash.hex.count == 16)
        #expect(try #require(ContentHash(hex: hash.hex)) == hash)
        #expect(ContentHash(hex: "xyz") == nil)
        #expect(ContentHash(hex: String(repeating: "g", count: 16)) == nil)
        // Only what `hex` writes reads back: 16 lower-case digits, no sign.
        #expect(ContentHash(hex: "0123456789ABCDEF") == nil)
        #expect(ContentHash(hex: "+123456789abcdef") == nil)
        #expect(ContentHash(hex: "0123456789abcdef")?.value == 0x0123_4567_89AB_CDEF)
        #expect(ContentHash(value: 1).hex == "0000000000000001")
    }
}
