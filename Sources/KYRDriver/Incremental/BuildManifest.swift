import KYRModel

/// What a build wrote into a format's folder, kept there as `.kyr-build` so the next build can
/// tell which files it may keep: the key each file was made under, the hash and size of its
/// bytes, and the key of all the inputs, so a build whose inputs did not change need not load
/// anything. It is swapped into place with the files it describes, so it never describes
/// another build's files. Anything unexpected in it makes it be ignored (a whole build follows).
package struct BuildManifest: Sendable, Equatable {
    package static let fileName = ".kyr-build"

    package struct Entry: Sendable, Equatable {
        package var key: ContentHash
        package var contents: ContentHash
        package var size: Int
    }

    /// `BuildKeys.inputs` of the build that wrote the folder.
    package var inputs: ContentHash
    /// How many warnings the content had then (a build that skips loading reports them).
    package var warnings: Int
    /// The languages built, source first.
    package var languages: [LanguageTag]
    /// Every file by path under the format's folder, except the marker and the manifest itself.
    package var entries: [String: Entry]

    package init(inputs: ContentHash, warnings: Int, languages: [LanguageTag], entries: [String: Entry]) {
        self.inputs = inputs
        self.warnings = warnings
        self.languages = languages
        self.entries = entries
    }

    static let header = "kyr build manifest: what kyr build wrote here; kyr reads it to rebuild only what changed"

    /// The manifest as a file, entries sorted by path.
    package var file: OutputFile {
        var text = Self.header + "\n" + BuildKeys.scheme + "\n"
        text += "inputs " + inputs.hex + "\n"
        text += "warnings \(warnings)\n"
        text += "languages " + languages.map(\.identifier).joined(separator: " ") + "\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(entry.key.hex) \(entry.contents.hex) \(entry.size) \(path)\n"
        }
        return OutputFile(path: Self.fileName, text: text)
    }

    /// The manifest in `text`; nil for anything that is not one this kyr writes.
    package init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return nil }
        lines.removeLast()
        guard lines.count >= 5, lines[0] == Self.header, lines[1] == BuildKeys.scheme,
            lines[2].hasPrefix("inputs "), let inputs = ContentHash(hex: lines[2].dropFirst("inputs ".count)),
            lines[3].hasPrefix("warnings "), let warnings = Int(lines[3].dropFirst("warnings ".count)),
            lines[4].hasPrefix("languages ")
        else { return nil }
        var languages: [LanguageTag] = []
        for tag in lines[4].dropFirst("languages ".count).split(separator: " ") {
            guard let language = try? LanguageTag.parse(String(tag)).get() else { return nil }
            languages.append(language)
        }
        var entries: [String: Entry] = [:]
        for line in lines.dropFirst(5) {
            let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let key = ContentHash(hex: fields[0]), let contents = ContentHash(hex: fields[1]),
                let size = Int(fields[2]), size >= 0, !fields[3].isEmpty
            else { return nil }
            entries[String(fields[3])] = Entry(key: key, contents: contents, size: size)
        }
        self.init(inputs: inputs, warnings: warnings, languages: languages, entries: entries)
    }
}
