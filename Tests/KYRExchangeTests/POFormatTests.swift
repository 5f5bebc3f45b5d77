import KYRModel
import KYRTestSupport
import Testing

@testable import KYRExchange

/// PO as gettext writes it, read strictly: escapes, multi-line strings, contexts, flags and
/// previous strings survive the trip; anything else is refused with its line.
@Suite struct POFormatTests {
    static let awkward = [
        "plain", "\"quoted\" and back\\slash", "two\nlines\n", "tab\there", "ends with a newline\n",
        "العربية, 中文, हिन्दी", "\u{7}bell", "**{hotline}** [x](https://example.org/?a=1&b=\"2\")",
    ]

    @Test(arguments: awkward)
    func aStringComesBackAsWritten(_ text: String) throws {
        let file =
            "msgid \"\"\nmsgstr \"Language: es\\n\"\n\n" + POString.field("msgctxt", "c:" + text)
            + POString.field("msgid", text) + POString.field("msgstr", text)
        let entries = try POParser.parse(Array(file.utf8))
        #expect(entries.count == 2)
        #expect(entries[1].context == "c:" + text)
        #expect(entries[1].id == text)
        #expect(entries[1].strings[0] == text)
    }

    @Test func multiLineStringsAreWrittenAsGettextDoes() {
        #expect(POString.field("msgid", "a\nb") == "msgid \"\"\n\"a\\n\"\n\"b\"\n")
        #expect(POString.field("msgid", "a\n", prefix: "#| ") == "#| msgid \"a\\n\"\n")
    }

    @Test func commentsFlagsAndPreviousStringsAreRead() throws {
        let file = """
            # translator's note
            msgid ""
            msgstr "Language: es\\n"

            # keep this wording
            #. kind: A step.
            #. kyr-exported-target: 0123456789abcdef
            #: Content/guides/at-home/en.yaml:19
            #, fuzzy, python-brace-format
            #| msgid "Do not "
            #| "open."
            msgctxt "guides/at-home:door.dont-open"
            msgid ""
            "Do not open "
            "the door."
            msgstr "No abra."

            #~ msgctxt "guides/at-home:gone"
            #~ msgid "Gone"
            #~ msgstr "Ido"

            """
        let entries = try POParser.parse(Array(file.utf8))
        #expect(entries.count == 2)
        let entry = entries[1]
        #expect(entry.translatorComments == ["keep this wording"])
        #expect(entry.extractedComments == ["kind: A step.", "kyr-exported-target: 0123456789abcdef"])
        #expect(entry.references == ["Content/guides/at-home/en.yaml:19"])
        #expect(entry.flags == ["fuzzy", "python-brace-format"])
        #expect(entry.previousID == "Do not open.")
        #expect(entry.id == "Do not open the door.")
        #expect(entry.line == 5)
    }

    @Test(arguments: [
        ("msgid \"a\"\nmsgstr \"b\\q\"\n", 2, "an unknown escape '\\q'"),
        ("msgid \"a\nmsgstr \"b\"\n", 1, "a string without its closing quote"),
        ("msgid \"a\"\nmsgstr \"b\" x\n", 2, "text after the closing quote"),
        ("msgid \"a\"\n", 1, "an entry without msgstr"),
        ("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", 3, "msgstr twice in one entry"),
        ("hello\n", 1, "'hello' is not a PO keyword, comment or string"),
        ("\"orphan\"\n", 1, "a string with no msgid, msgstr or msgctxt before it"),
    ])
    func malformedFilesAreRefusedAtTheirLine(_ text: String, _ line: Int, _ message: String) {
        #expect(throws: POParser.Failure(line: line, message: message)) { try POParser.parse(Array(text.utf8)) }
    }

    @Test func entriesKyrCannotMapAreRefusedOneByOne() throws {
        let file = """
            msgid ""
            msgstr ""
            "Language: es\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"

            msgctxt "guides/at-home:title"
            msgid "If agents come to your home"
            msgstr "Si agentes llegan"

            msgid "no context"
            msgstr "x"

            msgctxt "guides/at-home:card.call"
            msgid "one"
            msgid_plural "many"
            msgstr[0] "uno"
            msgstr[1] "muchos"

            msgctxt "guides/at-home:title"
            msgid "again"
            msgstr "otra vez"

            """
        let read = try POImporter.read(Array(file.utf8), file: "es.po")
        #expect(read.language == "es")
        #expect(read.units.map(\.key) == ["title"])
        #expect(read.units[0].isFinished && read.units[0].target == "Si agentes llegan")
        #expect(read.units[0].exportedTarget == nil)
        #expect(read.refused.map(\.line) == [10, 13, 19])
        #expect(read.refused[1].reason == "a plural entry; kyr's units have no plural forms")
        #expect(read.refused[2].reason == "the file has this unit twice")
    }

    @Test func thePluralFormsOfEveryBundledLanguage() {
        #expect(PluralForms.header(for: "zh-Hans") == "nplurals=1; plural=0;")
        #expect(PluralForms.header(for: "ar").hasPrefix("nplurals=6;"))
        #expect(PluralForms.header(for: "pl").hasPrefix("nplurals=3;"))
        #expect(PluralForms.header(for: "uk").hasPrefix("nplurals=3;"))
        #expect(PluralForms.header(for: "hi") == "nplurals=2; plural=(n > 1);")
        #expect(PluralForms.header(for: "es") == "nplurals=2; plural=(n != 1);")
    }
}
