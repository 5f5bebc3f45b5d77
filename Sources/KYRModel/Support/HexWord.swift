/// A 64-bit number as kyr writes it in every file it keeps (fingerprints in translations, the
/// build manifest, the caches): exactly 16 lower-case hex digits. Reading refuses anything
/// else (upper case, a sign, another length), so only what kyr wrote reads back.
package enum HexWord {
    /// The 16 digits of `value`.
    package static func string(_ value: UInt64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the 16 digits of `value` to `bytes`.
    package static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 60, through: 0, by: -4) {
            bytes.append(digits[Int(value >> UInt64(shift) & 0xF)])
        }
    }

    // Concrete, not generic over `StringProtocol`: the loader reads a fingerprint once per unit
    // in every language, and unspecialized generic code across modules was a third of the
    // load's time.

    /// The number `text` spells; nil unless it is 16 lower-case hex digits.
    package static func value(_ text: String) -> UInt64? { value(digits: text.utf8) }

    package static func value(_ text: Substring) -> UInt64? { value(digits: text.utf8) }

    package static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? { value(digits: bytes) }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func value<Digits: Collection<UInt8>>(digits: Digits) -> UInt64? {
        guard digits.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            switch byte {
            case 48...57: value = value << 4 | UInt64(byte - 48)
            case 97...102: value = value << 4 | UInt64(byte - 87)
            default: return nil
            }
        }
        return value
    }
}
