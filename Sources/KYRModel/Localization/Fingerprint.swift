/// A short, stable fingerprint of a source text, recorded with each translated unit so kyr can
/// tell, by value, whether the source changed after the unit was translated.
///
/// Whitespace is normalised first (runs collapse to one space, ends trimmed): re-wrapping a
/// paragraph in YAML must not make forty translations outdated.
package enum Fingerprint {
    /// 16 lower-case hex digits: FNV-1a (64-bit) of the normalised text's UTF-8.
    package static func of(_ text: String) -> String {
        hex(value(of: text))
    }

    /// One fingerprint for a list of keyed fingerprints (a document's units): FNV-1a over each
    /// key's UTF-8, a separator, and the fingerprint's eight bytes, so a changed, added, removed
    /// or moved unit changes it.
    package static func combined(_ parts: [(key: String, fingerprint: UInt64)]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for part in parts {
            for byte in part.key.utf8 { mix(byte) }
            mix(0x1F)
            for shift in stride(from: 56, through: 0, by: -8) {
                mix(UInt8(truncatingIfNeeded: part.fingerprint >> UInt64(shift)))
            }
            mix(0x1E)
        }
        return hash
    }

    /// The fingerprint of `text` as the number its hex digits write.
    package static func value(of text: String) -> UInt64 {
        // Hashes the normalised text while scanning, without building it (this runs per unit and language).
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var pendingSpace = false
        var started = false
        for scalar in text.unicodeScalars {
            if scalar.isUnicodeWhitespace {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
                pendingSpace = false
            }
            started = true
            for byte in UTF8.encode(scalar)! {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }

    /// A fingerprint as kyr writes it: 16 lower-case hex digits.
    package static func hex(_ value: UInt64) -> String {
        HexWord.string(value)
    }

    /// The number a fingerprint kyr wrote stands for; nil for anything `isValid` refuses.
    package static func value(parsing text: String) -> UInt64? {
        HexWord.value(text)
    }

    package static func value(parsing text: Substring) -> UInt64? {
        HexWord.value(text)
    }

    /// A hash of the first eight non-whitespace scalars: texts whose normalised forms are equal
    /// have equal heads, so most unequal texts are told apart without reading them whole.
    package static func head(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var taken = 0
        for scalar in text.unicodeScalars where !scalar.isUnicodeWhitespace {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
            taken += 1
            if taken == 8 { break }
        }
        return hash
    }

    /// Whether `text` looks like a fingerprint kyr wrote.
    package static func isValid(_ text: String) -> Bool {
        value(parsing: text) != nil
    }

    /// The text with whitespace runs collapsed to single spaces and the ends trimmed.
    package static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
