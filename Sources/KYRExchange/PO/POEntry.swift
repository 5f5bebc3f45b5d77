/// One entry of a PO file as gettext defines it.
struct POEntry: Equatable {
    var translatorComments: [String] = []
    /// `#.` lines: notes from the program (kyr's context, and its exported-target record).
    var extractedComments: [String] = []
    var references: [String] = []
    var flags: Set<String> = []
    var previousContext: String?
    var previousID: String?
    var context: String?
    var id: String?
    var pluralID: String?
    /// `msgstr`, or `msgstr[n]` by n.
    var strings: [Int: String] = [:]
    /// The line of the entry's first line.
    var line: Int

    var isFuzzy: Bool { flags.contains("fuzzy") }
    /// The header: the entry with an empty msgid and no context.
    var isHeader: Bool { id == "" && context == nil }
}
