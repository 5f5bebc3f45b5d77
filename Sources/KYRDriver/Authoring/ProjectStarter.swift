import Foundation
import KYRExchange
import KYRLoad
import KYRModel
import KYRRender

/// `kyr init`: a new project that checks and builds at once. It holds only what the organizer
/// must own: site.yaml (languages, organization, a placeholder hotline that `kyr check` warns
/// about until it is replaced), one starter guide and one agency note, generic and marked
/// unreviewed. Interface strings and templates are kyr's built-in ones unless the organizer
/// asks for copies of the templates to edit.
package struct ProjectStarter: Sendable {
    /// Target languages, in the order site.yaml lists them.
    package var languages: [LanguageTag]
    package var city: String?
    package var organization: String?
    /// Copy the bundled templates into Templates/ for editing.
    package var withTemplates: Bool
    /// The day the starter texts were written (their legal-review date).
    package var today: ContentDate

    /// The IDs of the starter guide and agency note.
    package static let guideID = "at-home"
    package static let agencyID = "ice"
    /// The language the starter texts are written in.
    package static let sourceLanguage = LanguageTag.english
    /// How long a name on the command line may be: it heads every page.
    static let maxNameLength = 120

    package init(
        languages: [LanguageTag] = [], city: String? = nil, organization: String? = nil, withTemplates: Bool = false,
        today: ContentDate
    ) {
        self.languages = languages
        self.city = city
        self.organization = organization
        self.withTemplates = withTemplates
        self.today = today
    }

    /// The organization's name: as given, else after the city, else a generic one.
    package var organizationName: String {
        if let organization { return organization.trimmingCharacters(in: .whitespaces) }
        if let city { return city.trimmingCharacters(in: .whitespaces) + " Know Your Rights" }
        return "Know Your Rights"
    }

    /// Refuses arguments that would make a project `kyr check` rejects, before anything is written.
    package func validate() throws(AuthoringError) {
        var seen: Set<LanguageTag> = []
        for language in languages {
            if language == Self.sourceLanguage {
                throw .invalidArgument(
                    "--languages: '\(language)' is the source language, which every project has; list only the others")
            }
            if !seen.insert(language).inserted { throw .invalidArgument("--languages: '\(language)' is listed twice") }
        }
        for (option, value) in [("--city", city), ("--organization", organization)] {
            guard let value else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { throw .invalidArgument("\(option) is empty") }
            if trimmed.count > Self.maxNameLength {
                throw .invalidArgument("\(option) is longer than \(Self.maxNameLength) characters")
            }
            // Control and format characters (line breaks, bidirectional overrides) are refused
            // in content; refuse them here, before they reach site.yaml.
            if trimmed.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }) {
                throw .invalidArgument("\(option) contains a control or formatting character")
            }
        }
    }

    /// Every file of the new project, by its path under the project folder.
    package func files() -> [OutputFile] {
        var files = [
            OutputFile(path: "Content/site.yaml", text: siteYAML()),
            OutputFile(
                path: "Content/guides/\(Self.guideID)/\(Self.sourceLanguage).yaml",
                text: StarterText.starterGuide(today: today)),
            OutputFile(
                path: "Content/agencies/\(Self.agencyID)/\(Self.sourceLanguage).yaml",
                text: StarterText.starterAgency(today: today)),
        ]
        if withTemplates {
            files += BundledTemplates.files.sorted { $0.key < $1.key }.map {
                OutputFile(path: "Templates/html/\($0.key)", text: $0.value)
            }
            files += BundledTextTemplates.files.sorted { $0.key < $1.key }.map {
                OutputFile(path: "Templates/text/\($0.key)", text: $0.value)
            }
        }
        return files
    }

    /// Writes the project into `root` (created if missing), refusing a folder that already has
    /// content; returns the paths written, as `root`-prefixed display paths.
    package func create(in root: String) throws(AuthoringError) -> [String] {
        try validate()
        let layout = ProjectLayout(root: root)
        for folder in [ProjectLayout.contentFolder] + (withTemplates ? [ProjectLayout.templatesFolder] : [])
        where FileManager.default.fileExists(atPath: layout.path(folder)) {
            throw .exists(
                layout.display(folder),
                hint: "choose a new folder for the project, or add guides to this one with kyr new guide ID")
        }
        let files = files()
        do {
            try FileTree.makeFolders(layout.root)
            try FileTree.write(files, into: layout.root)
        } catch {
            throw .output(error)
        }
        return files.map { layout.display($0.path) }
    }

    /// site.yaml, commented for someone who has not read the format yet.
    func siteYAML() -> String {
        let builtIn = Set(BuiltInStringsLoader.loaded.strings.languages)
        var lines = [
            "# The project of \(organizationName), started with kyr init on \(today).",
            "# kyr check reads this file and every other file under Content/, and says what is wrong",
            "# and where. The format: docs/content-format.md in kyr's repository.",
            "",
            "# The language the guides are written in; every other language is translated from it.",
            "source-language: \(Self.sourceLanguage)",
            "",
            "# The other languages of the site. Until a text is translated, its page shows the",
            "# English, marked as English. kyr coverage lists what is left to translate.",
        ]
        if languages.isEmpty {
            lines.append("languages: []")
        } else {
            lines.append("languages:")
            for language in languages {
                let note =
                    builtIn.contains(language)
                    ? "kyr's interface strings (\"Call\", \"Sources\", ...) are built in"
                    : "kyr has no built-in interface strings in this language: English until translated"
                lines.append("  - \(language)  # \(language.nativeName): \(note)")
            }
        }
        lines += [
            "",
            "organization:",
            "  name: \(YAMLText.quoted(organizationName))",
            "  # url: https://your-organization.example  (optional, https only)",
            "",
            "# Where the site will be published: QR codes, messages, plain texts, canonical links and",
            "# the sitemap use it. Until the site has a public address, leave it out: then nothing",
            "# carries an address that leads nowhere. Uncomment it with your own address:",
            "# base-url: https://your-site.example/",
            "",
            "# Paper for printed handouts and wallet-card sheets: letter or a4.",
            "paper: letter",
            "",
            "# Values written once and used in any text as {name}: changing one here changes every",
            "# language at once, with no retranslation.",
            "variables:",
            "  # PLACEHOLDER: \(Placeholder.phone) is a number reserved for fiction; it rings nobody.",
            "  # Put your rapid-response hotline here. Until you do, kyr check warns (placeholder-value).",
            "  hotline:",
            "    phone: \(Placeholder.phone)",
            "    label: \"PLACEHOLDER: your hotline's number goes here\"",
        ]
        if let city {
            lines += ["  city: \(YAMLText.quoted(city.trimmingCharacters(in: .whitespaces)))"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
