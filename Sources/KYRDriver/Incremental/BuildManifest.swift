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
}
