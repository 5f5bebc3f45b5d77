extension LanguageTag {
    /// The language's primary subtag (`zh` of `zh-Hans`).
    package var primaryLanguage: Substring {
        identifier.prefix { $0 != "-" }
    }

    /// What follows a label before its text in plain text ("Hotline: 1-855-..."): a full-width
    /// colon in Chinese and Japanese, which set it without a space; a colon and a space elsewhere.
    package var labelSeparator: String {
        primaryLanguage == "zh" || primaryLanguage == "ja" ? "：" : ": "
    }

    /// `label` followed by `text` as this language sets a label: the separator is added unless the
    /// label already ends in a colon (interface strings such as `say-in-english` carry their own).
    package func labelled(_ label: String, _ text: String) -> String {
        if label.hasSuffix("：") { return label + text }
        if label.hasSuffix(":") { return label + " " + text }
        return label + labelSeparator + text
    }

    /// Whether the language puts spaces between words: Chinese, Japanese, Thai, Lao, Khmer and
    /// Burmese do not.
    package var separatesWordsWithSpaces: Bool {
        !["zh", "ja", "th", "lo", "km", "my"].contains(primaryLanguage)
    }
}
