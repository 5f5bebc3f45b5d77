/// How a text travels as SMS: its encoding, its length in that encoding, and how many segments
/// a phone splits it into. Rapid-response SMS trees pay per segment, and a long message arrives
/// in pieces, sometimes out of order, so kyr reports both.
///
/// A text is sent in the GSM 03.38 default alphabet (7-bit) when every character is in it or in
/// its extension table (`€`, `{`, `[`, ... take two septets: an escape and the character);
/// otherwise the whole text is sent as UCS-2, where each character outside the Basic
/// Multilingual Plane (most emoji) takes two code units. One accented vowel outside the GSM
/// alphabet (`ó`, unlike `é`) is enough to switch a Spanish message to UCS-2.
///
/// A single segment holds 160 septets or 70 code units. Longer texts are split into segments of
/// 153 septets or 67 code units (the rest carries the header that reassembles them); phones do not
/// split an escape sequence or a surrogate pair across segments, so neither does the count.
package struct SMSSegments: Sendable, Hashable {
    package enum Encoding: String, Sendable, Hashable, CaseIterable {
        case gsm7 = "GSM-7"
        case ucs2 = "UCS-2"
    }

    package var encoding: Encoding
    /// The length in the encoding's units: septets for GSM-7, UTF-16 code units for UCS-2.
    package var units: Int
    /// How many segments the text is sent in; 0 for an empty text.
    package var segments: Int

    /// Measures `text` exactly as written (line breaks count; nothing is trimmed).
    package init(_ text: String) {
        var septets: [Int] = []
        septets.reserveCapacity(text.utf8.count)
        var isGSM = true
        for scalar in text.unicodeScalars {
            guard let cost = Self.septets(scalar) else {
                isGSM = false
                break
            }
            septets.append(cost)
        }
        if isGSM {
            encoding = .gsm7
            units = septets.reduce(0, +)
            segments = Self.count(septets, total: units, single: 160, multipart: 153)
        } else {
            let codeUnits = text.unicodeScalars.map { $0.value > 0xFFFF ? 2 : 1 }
            encoding = .ucs2
            units = codeUnits.reduce(0, +)
            segments = Self.count(codeUnits, total: units, single: 70, multipart: 67)
        }
    }

    /// The text of the first segment `text` is sent in, as a phone splits it: the whole text
    /// when it fits one segment, otherwise as many characters as fill 153 septets or 67 code units.
    package static func firstSegment(of text: String) -> Substring {
        let scalars = text.unicodeScalars
        var sizes: [Int] = []
        var isGSM = true
        for scalar in scalars {
            guard let cost = septets(scalar) else {
                isGSM = false
                break
            }
            sizes.append(cost)
        }
        if !isGSM { sizes = scalars.map { $0.value > 0xFFFF ? 2 : 1 } }
        let (single, multipart) = isGSM ? (160, 153) : (70, 67)
        if sizes.reduce(0, +) <= single { return Substring(text) }
        var used = 0
        var end = scalars.startIndex
        for size in sizes {
            if used + size > multipart { break }
            used += size
            end = scalars.index(after: end)
        }
        return Substring(scalars[scalars.startIndex..<end])
    }

    /// Segments for characters of the given sizes: one when everything fits `single`, otherwise
    /// segments of `multipart`, never splitting a character.
    private static func count(_ sizes: [Int], total: Int, single: Int, multipart: Int) -> Int {
        if total == 0 { return 0 }
        if total <= single { return 1 }
        var segments = 1
        var used = 0
        for size in sizes {
            if used + size > multipart {
                segments += 1
                used = 0
            }
            used += size
        }
        return segments
    }

    /// Septets `scalar` takes in the GSM 03.38 default alphabet: 1, 2 for the extension table,
    /// nil when it is in neither.
    static func septets(_ scalar: Unicode.Scalar) -> Int? {
        if basic.contains(scalar) { return 1 }
        if extended.contains(scalar) { return 2 }
        return nil
    }

    /// The GSM 03.38 default alphabet (3GPP TS 23.038, 6.2.1), without the escape code 0x1B.
    private static let basic = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)

    /// Its extension table: each is sent as the escape code and one more septet.
    private static let extended = Set("\u{0C}^{}\\[~]|€".unicodeScalars)
}
