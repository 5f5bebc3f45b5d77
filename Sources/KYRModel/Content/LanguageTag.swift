import Foundation
import Synchronization

/// A BCP 47 language tag (`es`, `zh-Hans`, `pt-BR`), validated against ICU's locale data.
package struct LanguageTag: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The tag in canonical case, as it appears in file names and `lang` attributes.
    package let identifier: String

    /// Why a string is not an acceptable language tag.
    package enum Problem: Error, Equatable, Sendable {
        case malformed
        case unknownLanguage(String)
        case unknownScript(String)
        case unknownRegion(String)
        case wrongCase(canonical: String)

        /// A sentence for diagnostics.
        package func message(for text: String) -> String {
            switch self {
            case .malformed:
                "'\(text)' is not a valid BCP 47 language tag (expected e.g. 'es', 'zh-Hans', 'pt-BR')"
            case .unknownLanguage(let code):
                "'\(text)' is not a valid language tag: unknown language '\(code)'"
            case .unknownScript(let code):
                "'\(text)' is not a valid language tag: unknown script '\(code)'"
            case .unknownRegion(let code):
                "'\(text)' is not a valid language tag: unknown region '\(code)'"
            case .wrongCase(let canonical):
                "language tag '\(text)' must be written '\(canonical)'"
            }
        }
    }

    /// Parses and validates `text`: language (2–3 letters), optional script (4 letters),
    /// optional region (2 letters or 3 digits); extensions and private use are not accepted.
    package static func parse(_ text: String) -> Result<LanguageTag, Problem> {
        // ICU look-ups are slow and every file name is a tag: remember answers.
        if let known = cache.withLock({ $0[text] }) { return known }
        let result = uncachedParse(text)
        cache.withLock { $0[text] = result }
        return result
    }

    private static let cache = Mutex<[String: Result<LanguageTag, Problem>]>([:])

    private static func uncachedParse(_ text: String) -> Result<LanguageTag, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(Self.isASCIILetter),
            parts.count <= 3
        else { return .failure(.malformed) }
        var canonical = [first.lowercased()]
        var sawScript = false
        var sawRegion = false
        for part in parts.dropFirst() {
            if part.count == 4, part.allSatisfy(Self.isASCIILetter), !sawScript, !sawRegion {
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
                sawScript = true
            } else if part.count == 2, part.allSatisfy(Self.isASCIILetter), !sawRegion {
                canonical.append(part.uppercased())
                sawRegion = true
            } else if part.count == 3, part.allSatisfy({ $0.isASCII && $0.isNumber }), !sawRegion {
                canonical.append(part)
                sawRegion = true
            } else {
                return .failure(.malformed)
            }
        }
        let english = Locale(identifier: "en")
        if english.localizedString(forLanguageCode: canonical[0]) == nil {
            return .failure(.unknownLanguage(canonical[0]))
        }
        if sawScript, english.localizedString(forScriptCode: canonical[1]) == nil {
            return .failure(.unknownScript(canonical[1]))
        }
        if sawRegion, let region = canonical.last, region.first?.isLetter == true,
            english.localizedString(forRegionCode: region) == nil
        {
            return .failure(.unknownRegion(region))
        }
        let identifier = canonical.joined(separator: "-")
        if identifier != text { return .failure(.wrongCase(canonical: identifier)) }
        return .success(LanguageTag(identifier: identifier))
    }

    /// English, the source language when a project cannot say otherwise.
    package static let english = LanguageTag(identifier: "en")

    private init(identifier: String) {
        self.identifier = identifier
    }

    /// The language named in itself ("Español", "中文", "العربية"), from Foundation's locale data.
    package var nativeName: String {
        let name = Locale(identifier: identifier).localizedString(forIdentifier: identifier) ?? identifier
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Whether the language is written right to left. Asked for every text of every page, and
    /// Foundation's answer is slow: each tag's answer is kept.
    package var isRightToLeft: Bool {
        if let known = Self.directions.withLock({ $0[identifier] }) { return known }
        let isRightToLeft = Locale.Language(identifier: identifier).characterDirection == .rightToLeft
        Self.directions.withLock { $0[identifier] = isRightToLeft }
        return isRightToLeft
    }

    private static let directions = Mutex<[String: Bool]>([:])

    package var description: String { identifier }

    package static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool {
        lhs.identifier < rhs.identifier
    }

    private static func isASCIILetter(_ c: Character) -> Bool {
        c.isASCII && c.isLetter
    }
}
