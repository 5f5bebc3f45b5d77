import KYRModel

/// Where each file of the plain-text output lives, under `Output/text/`.
package enum TextPaths {
    /// A language's list of guides and agency notes.
    package static func index(_ language: LanguageTag) -> String {
        language.identifier + "/index.txt"
    }

    package static func guide(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/guides/" + id + ".txt"
    }

    /// A guide's WhatsApp/Signal message.
    package static func message(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/guides/" + id + ".message.txt"
    }

    /// A guide's SMS.
    package static func sms(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/guides/" + id + ".sms.txt"
    }

    package static func agency(_ id: String, in language: LanguageTag) -> String {
        language.identifier + "/agencies/" + id + ".txt"
    }
}
