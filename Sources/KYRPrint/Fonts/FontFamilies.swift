import Foundation
import KYRModel
import Synchronization

/// The fonts each language is set in, named explicitly per script. Left to fontconfig, "Sans"
/// fell back to DejaVu for Arabic, and Chinese came out in Japanese glyph forms or in Noto Sans
/// CJK, whose CFF outlines cairo 1.16's subsetter can blank (如 vanished from a PDF; see
/// docs/print.md). Every family here is in a Debian package `scripts/deps` installs.
enum FontFamilies {
    /// Latin, Cyrillic and Greek, and the digits and punctuation of every language.
    static let latin = "Noto Sans"
    /// Arabic script: Naskh, the style of books and newspapers, easier to read in print than Kufi.
    static let arabic = "Noto Naskh Arabic"
    static let devanagari = "Noto Sans Devanagari"
    /// Chinese (simplified) and Korean: TrueType outlines, which cairo subsets correctly.
    static let cjk = "WenQuanYi Micro Hei"

    /// Every family a kyr PDF may embed (a test checks that nothing else is).
    static let all = [latin, arabic, devanagari, cjk]
    /// For symbols content might use that Noto Sans lacks (arrows, check marks).
    static let fallbacks = ["Noto Sans Symbols", "Noto Sans Symbols 2"]

    /// Whether kyr names the fonts of `language`'s script. Other languages (Bengali, Japanese,
    /// ...) are laid out with the system's fonts, whatever fontconfig finds for them.
    static func isNamed(_ language: LanguageTag) -> Bool {
        ["Latn", "Cyrl", "Grek", "Arab", "Deva", "Hans", "Hant", "Hani", "Kore", "Hang"].contains(script(of: language))
    }

    /// The family list for text in `language`: its script's font first, so its letters, spaces
    /// and punctuation stay in one font, then Noto Sans for Latin words inside it. Chinese and
    /// Korean put Noto Sans first: their font covers ASCII too, with plainer Latin letters.
    static func families(for language: LanguageTag) -> String {
        switch script(of: language) {
        case "Arab": arabic + "," + latin
        case "Deva": devanagari + "," + latin
        case "Hans", "Hant", "Hani", "Kore", "Hang": latin + "," + cjk
        default: latin
        }
    }

    /// How much larger than the Latin size text in `language` is set: Naskh's letters are
    /// small on their body, and at the same point size Arabic reads a size smaller than Latin.
    static func sizeFactor(for language: LanguageTag) -> Double {
        script(of: language) == "Arab" ? 1.12 : 1
    }

    /// The language as fontconfig and Pango name it: fontconfig knows Chinese by region.
    static func pangoLanguage(_ language: LanguageTag) -> String {
        switch language.identifier {
        case "zh-Hans", "zh": "zh-cn"
        case "zh-Hant": "zh-tw"
        default: language.identifier.lowercased()
        }
    }

    /// The ISO 15924 script the language is usually written in (`hi` → `Deva`).
    static func script(of language: LanguageTag) -> String {
        if let known = scripts.withLock({ $0[language] }) { return known }
        let parts = Locale.Language(identifier: language.identifier).maximalIdentifier.split(separator: "-")
        let script = parts.first { $0.count == 4 }.map(String.init) ?? "Latn"
        scripts.withLock { $0[language] = script }
        return script
    }

    /// ICU's answers, remembered: every paragraph asks.
    private static let scripts = Mutex<[LanguageTag: String]>([:])
}
