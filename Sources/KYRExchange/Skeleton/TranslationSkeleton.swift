import KYRModel

/// A new translation file for a translator to fill in: every key of the source in source
/// order, each under the English it translates as a comment, each empty. An empty unit is not
/// translated yet (readers see the English), so a half-filled skeleton is already valid.
package enum TranslationSkeleton {
    /// The file's text for `document` in `language`.
    package static func text(for document: any SourceDocument, language: LanguageTag, sourceLanguage: LanguageTag)
        -> String
    {
        let path = document.ref.path
        var out = "# \(language.nativeName) (\(language)) translation of \(path), begun with kyr translate init.\n"
        out +=
            "# Write each unit's translation after its key, in quotes; the \(sourceLanguage.nativeName) it translates is\n"
        out += "# in the comment above it. A unit left empty (\"\") is not translated yet: readers see the\n"
        out +=
            "# \(sourceLanguage.nativeName) instead. When units are done, stamp them: kyr translate stamp --lang \(language) \(path)\n"
        out += "state: draft\nunits:\n"
        for unit in document.translatableUnits {
            out += "  # " + commentSafe(Fingerprint.normalized(unit.text.raw)) + "\n"
            out += "  \(unit.key): \"\"\n"
        }
        return out
    }

    /// A comment holds one line: line and paragraph separators would end it early.
    private static func commentSafe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: " "
                    default: scalar
                    }
                }))
    }
}
