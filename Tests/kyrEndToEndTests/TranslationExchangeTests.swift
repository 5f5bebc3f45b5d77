import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

/// The translators' round trip through the real binary: `kyr translate export` to XLIFF 2.0 or
/// PO, a translator's edits, `kyr translate import` back, on copies of the bundled content and
/// of the minimal fixture.
@Suite struct TranslationExchangeTests {
    static let day = ["--today", "2026-11-22"]

    /// Exports `language` of `project` to a file beside its Content/ and returns the file's text.
    @discardableResult
    static func export(
        _ project: TemporaryProject, _ language: String, _ format: String, only: String? = nil,
        file: String? = nil
    ) throws -> String {
        let name = file ?? "\(language).\(format == "xliff" ? "xlf" : "po")"
        var arguments = ["translate", "export", "--lang", language, "--format", format, "--out", name] + day
        if let only { arguments += ["--only", only] }
        let run = try KyrBinary.run(arguments, in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        return try project.read(name)
    }

    static func importFile(_ project: TemporaryProject, _ name: String, _ options: [String] = []) throws
        -> KyrBinary.Run
    {
        try KyrBinary.run(["translate", "import", name] + options + day, in: project.url)
    }

    /// The content tree: every file under Content/ with its bytes.
    static func content(_ project: TemporaryProject) throws -> [String: Data] {
        try project.snapshot().filter { $0.key.hasPrefix("/Content/") }
    }

    /// The paths whose bytes differ between two trees.
    static func changed(_ before: [String: Data], _ after: [String: Data]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// A unit of the project's translation into `language`, and where it stands.
    static func unit(_ project: TemporaryProject, _ document: DocumentRef, _ key: String, _ language: String) throws
        -> (text: String?, status: UnitStatus, state: TranslationState?)
    {
        let checked = try Checking.project(project.path)
        let tag = try LanguageTag.parse(language).get()
        let source = try #require(
            checked.content.sourceDocuments.first { $0.ref == document }?.translatableUnits.first { $0.key == key })
        let file = checked.content.translations.first { $0.ref == document.translation(tag) }
        let unit = file?.units.first { $0.key.value == key }
        return (
            unit?.text.raw, UnitStatus.of(source: source, translation: unit, in: file), unit.map { file!.state(of: $0) }
        )
    }

    static let atHome = DocumentRef(.guide, "at-home")

    /// Whether the import report has a line for `name` with `action` (`updated`, `refused`, ...).
    static func reports(_ stdout: String, _ action: String, _ name: String) -> Bool {
        stdout.split(separator: "\n").contains { line in
            let words = line.split(separator: " ", maxSplits: 2)
            guard line.hasPrefix("  "), words.count >= 2 else { return false }
            let rest = line.dropFirst(2)
            guard rest.hasPrefix(action + " ") else { return false }
            return rest.dropFirst(action.count).drop { $0 == " " }.hasPrefix(name + " ")
        }
    }

    // MARK: Done when: export, import, no change.

    @Test(arguments: [
        ("es", "xliff"), ("es", "po"), ("ar", "xliff"), ("ar", "po"), ("zh-Hans", "xliff"), ("zh-Hans", "po"),
    ])
    func exportThenImportWithoutChangesChangesNoFile(_ language: String, _ format: String) throws {
        let project = try TemporaryProject.bundled()
        let before = try Self.content(project)
        try Self.export(project, language, format)
        let run = try Self.importFile(project, language + (format == "xliff" ? ".xlf" : ".po"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains(" 0 refused\nno file changed\n"), "\(run.stdout)")
        #expect(try Self.content(project) == before)
    }

    // MARK: Done when: one edited target changes exactly that unit, and stamps it.

    @Test(arguments: ["xliff", "po"])
    func editingOneTargetChangesExactlyThatUnit(_ format: String) throws {
        let project = try TemporaryProject.bundled()
        let text = try Self.export(project, "es", format)
        let old = "Hable con los agentes a través de la puerta cerrada."
        let new = "Hable con los agentes sin abrir la puerta."
        #expect(text.components(separatedBy: old).count == 2, "the unit's text is once in the file")
        let name = format == "xliff" ? "es-edited.xlf" : "es-edited.po"
        try project.write(name, text.replacingOccurrences(of: old, with: new))
        let before = try Self.content(project)
        let spanishBefore = try project.read("Content/guides/at-home/es.yaml")
        let run = try Self.importFile(project, name)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(Self.reports(run.stdout, "updated", "guides/at-home:door.dont-open"), "\(run.stdout)")
        #expect(run.stdout.contains("es: 0 added, 1 updated, 0 confirmed, 0 restated, 0 outdated"))
        #expect(Self.changed(before, try Self.content(project)) == ["/Content/guides/at-home/es.yaml"])
        // Exactly that unit's lines: everything before and after them is as it was.
        let spanishAfter = try project.read("Content/guides/at-home/es.yaml")
        let entry =
            "  door.dont-open: >-\n    **No abra la puerta.** Hable con los agentes a través de la puerta cerrada.\n"
        let replaced =
            format == "xliff"
            ? "  door.dont-open: \"**No abra la puerta.** \(new)\"\n"
            : "  door.dont-open:\n    text: \"**No abra la puerta.** \(new)\"\n    state: translated\n"
        let (textBefore, stampsBefore) = Self.splitStamps(spanishBefore)
        let (textAfter, stampsAfter) = Self.splitStamps(spanishAfter)
        #expect(textAfter == textBefore.replacingOccurrences(of: entry, with: replaced))
        // In kyr's block only that unit's stamp changed: the same English, and now its new translation.
        #expect(stampsAfter.count == stampsBefore.count)
        for (before, after) in zip(stampsBefore, stampsAfter) where before != after {
            #expect(before.hasPrefix("  door.dont-open: ") && after.hasPrefix(before + " "), "\(before) → \(after)")
        }
        let unit = try Self.unit(project, Self.atHome, "door.dont-open", "es")
        #expect(unit.text == "**No abra la puerta.** \(new)")
        #expect(unit.status.isCurrent)
        #expect(unit.state == (format == "xliff" ? .draft : .translated))
        #expect(try KyrBinary.run(["check"] + Self.day, in: project.url).status == 0)
    }

    /// A translation file's text before kyr's `translated-from:` block, and the block's lines.
    static func splitStamps(_ file: String) -> (String, [String]) {
        let parts = file.components(separatedBy: "translated-from:\n")
        return (parts[0], parts.count > 1 ? parts[1].split(separator: "\n").map(String.init) : [])
    }

    /// An outdated unit, translated again and confirmed in the tool, comes back stamped: current.
    @Test(arguments: ["xliff", "po"])
    func anOutdatedUnitTranslatedAgainIsStamped(_ format: String) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
        #expect(try !Self.unit(project, Self.atHome, "card.silent", "es").status.isCurrent)
        var text = try Self.export(project, "es", format, only: "outdated")
        text = text.replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Me quedaré callado.")
        if format == "xliff" {
            text = text.replacingOccurrences(
                of: "state=\"initial\" subState=\"kyr:outdated\"", with: "state=\"translated\"")
        } else {
            text = text.replacingOccurrences(of: "#, fuzzy\n#| msgid \"I will remain silent.\"\n", with: "")
        }
        let name = "edited." + (format == "xliff" ? "xlf" : "po")
        try project.write(name, text)
        let before = try Self.content(project)
        let run = try Self.importFile(project, name)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(Self.reports(run.stdout, "updated", "guides/at-home:card.silent"), "\(run.stdout)")
        #expect(
            Self.changed(before, try Self.content(project)) == [
                "/Content/guides/at-home/es.yaml", "/Content/history/guides/at-home.yaml",
            ])
        let unit = try Self.unit(project, Self.atHome, "card.silent", "es")
        #expect(unit.text == "Me quedaré callado." && unit.status.isCurrent && unit.state == .translated)
        let check = try KyrBinary.run(["check"] + Self.day, in: project.url)
        #expect(!check.stdout.contains("outdated-unit"), "\(check.stdout)")
    }

    // MARK: Done when: the English changed after the export; the old file imports as outdated.

    @Test(arguments: ["xliff", "po"])
    func anOldFileAfterTheEnglishChangedImportsAsOutdated(_ format: String) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let text = try Self.export(project, "es", format)
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "Please slide the warrant under the door.", with: "Please slide the warrant under the door now."))
        // The old file as it was: nothing changes; the unit stays outdated, never confirmed.
        let name = "es." + (format == "xliff" ? "xlf" : "po")
        let untouched = try Self.content(project)
        let same = try Self.importFile(project, name)
        #expect(same.status == 0 && same.stdout.contains("no file changed"), "\(same.stdout)")
        #expect(try Self.content(project) == untouched)
        #expect(try !Self.unit(project, Self.atHome, "door.ask-warrant", "es").status.isCurrent)
        // Edited in the old file: written, against the English it was made from, so outdated.
        try project.write(
            "edited-" + name,
            text.replacingOccurrences(
                of: "Por favor, pase la orden por debajo de la puerta.", with: "Pase la orden por debajo de la puerta.")
        )
        let run = try Self.importFile(project, "edited-" + name)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            Self.reports(run.stdout, "outdated", "guides/at-home:door.ask-warrant"), "\(run.stdout)")
        let unit = try Self.unit(project, Self.atHome, "door.ask-warrant", "es")
        #expect(unit.text == "Pase la orden por debajo de la puerta.")
        guard case .outdated(_, let previous) = unit.status else {
            Issue.record("the unit is \(unit.status), not outdated")
            return
        }
        #expect(previous == Fingerprint.of("Please slide the warrant under the door."))
        let check = try KyrBinary.run(["check"] + Self.day, in: project.url)
        #expect(check.stdout.contains("es.yaml:7:3: warning: 'door.ask-warrant' is outdated"), "\(check.stdout)")
        #expect(check.stdout.contains("was:  Please slide the warrant under the door."))
        // Readers get the English, marked as such.
        let checked = try Checking.project(project.path)
        let spanish = checked.localizer.localize(
            try #require(checked.content.guides.first), into: try LanguageTag.parse("es").get())
        #expect(try #require(spanish.text("door.ask-warrant")).isFallback)
    }

    // MARK: Conflicts, errors, unconfirmed translations, dry runs.

    @Test(arguments: ["xliff", "po"])
    func aTranslationChangedSinceTheExportIsAConflict(_ format: String) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let text = try Self.export(project, "es", format)
        let name = "edited." + (format == "xliff" ? "xlf" : "po")
        try project.write(name, text.replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Me callaré."))
        // Meanwhile someone edits the same unit in the content.
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            spanish.replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Guardaré silencio."))
        let before = try Self.content(project)
        let run = try Self.importFile(project, name)
        #expect(run.status == 1)
        #expect(
            Self.reports(run.stdout, "refused", "guides/at-home:card.silent"), "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "conflict: the translation in the content changed since the export; it now reads “Guardaré silencio.”"))
        #expect(run.stderr.contains("1 unit was refused"))
        #expect(try Self.content(project) == before)
        let forced = try Self.importFile(project, name, ["--force"])
        #expect(forced.status == 0, "\(forced.stdout)")
        #expect(forced.stdout.contains("replaced a translation that changed since the export (--force)"))
        #expect(try Self.unit(project, Self.atHome, "card.silent", "es").text == "Me callaré.")
    }

    /// A unit the translator did not touch, changed in the content since the export: the
    /// content's newer translation stays, and nothing is refused.
    @Test(arguments: ["xliff", "po"])
    func aNewerTranslationInTheContentIsKept(_ format: String) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let name = "es." + (format == "xliff" ? "xlf" : "po")
        try Self.export(project, "es", format)
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            spanish.replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Guardaré silencio."))
        let before = try Self.content(project)
        let run = try Self.importFile(project, name)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(Self.reports(run.stdout, "left alone", "guides/at-home:card.silent"), "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "the file has the translation as exported; the content's has changed since, and is kept"))
        #expect(try Self.content(project) == before)
    }

    /// A translation with an error kyr check would report is refused, before anything is
    /// written; the file's other units are imported.
    @Test(arguments: ["xliff", "po"])
    func aUnitWithAnErrorIsRefusedAndTheRestImported(_ format: String) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        var text = try Self.export(project, "es", format)
        let reason: String
        if format == "xliff" {
            // A phone number the English does not give, typed beside the hotline's code.
            text = text.replacingOccurrences(
                of:
                    "dataRef=\"d1\" type=\"ui\" subType=\"xlf:var\" canCopy=\"no\" canDelete=\"no\" disp=\"1-855-435-7693\"/>.</target>",
                with:
                    "dataRef=\"d1\" type=\"ui\" subType=\"xlf:var\" canCopy=\"no\" canDelete=\"no\" disp=\"1-855-435-7693\"/> o al 1-855-000-0000.</target>"
            )
            reason = "[fact-mismatch]"
        } else {
            text = text.replacingOccurrences(
                of: "msgstr \"No tiene que abrir la puerta. Llame al {hotline}.\"",
                with: "msgstr \"No tiene que abrir la puerta. Llame a la línea.\"")
            reason = "[missing-contact] 'summary' lacks {hotline}, the phone number the source gives"
        }
        text = text.replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Me callaré.")
        let name = "edited." + (format == "xliff" ? "xlf" : "po")
        try project.write(name, text)
        let run = try Self.importFile(project, name)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(Self.reports(run.stdout, "refused", "guides/at-home:summary"), "\(run.stdout)")
        #expect(run.stdout.contains(reason), "\(run.stdout)")
        #expect(Self.reports(run.stdout, "updated", "guides/at-home:card.silent"))
        let after = try project.read("Content/guides/at-home/es.yaml")
        #expect(after.contains("  summary: No tiene que abrir la puerta. Llame al {hotline}.\n"))
        #expect(try Self.unit(project, Self.atHome, "card.silent", "es").text == "Me callaré.")
        #expect(try KyrBinary.run(["check"] + Self.day, in: project.url).status == 0)
    }

    /// Characters kyr refuses in text (a control character, as XLIFF's `<cp>`; a bidirectional
    /// override) are refused as `kyr check` refuses them, and nothing is written.
    @Test func controlAndBidirectionalCharactersAreRefused() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let text = try Self.export(project, "es", "xliff")
        try project.write(
            "edited.xlf",
            text.replacingOccurrences(
                of: "<target>Voy a permanecer en silencio.</target>",
                with: "<target>Voy a <cp hex=\"001B\"/>permanecer.</target>"
            ).replacingOccurrences(
                of: "<target>Si agentes llegan a su casa</target>", with: "<target>Si agentes \u{202E} llegan</target>")
        )
        let before = try Self.content(project)
        let run = try Self.importFile(project, "edited.xlf")
        #expect(run.status == 1)
        #expect(Self.reports(run.stdout, "refused", "guides/at-home:title"), "\(run.stdout)")
        #expect(run.stdout.contains("[bidi-control] U+202E is a bidirectional embedding or override"))
        #expect(Self.reports(run.stdout, "refused", "guides/at-home:card.silent"))
        #expect(run.stdout.contains("[control-character] U+001B is a control character"))
        #expect(run.stdout.hasSuffix("no file changed\n"))
        #expect(try Self.content(project) == before)
    }

    /// Nothing to export is said, and no file is written.
    @Test func nothingToExportWritesNoFile() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let run = try KyrBinary.run(
            ["translate", "export", "--lang", "es", "--format", "xliff", "--only", "missing", "--out", "es.xlf"]
                + Self.day,
            in: project.url)
        #expect(run.status == 0)
        #expect(run.stderr == "kyr: nothing to export in es: no unit is missing\n")
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("es.xlf").path))
    }

    /// XLIFF marks the codes of variables and links canDelete="no"; a file whose target lacks
    /// one breaks XLIFF's own rules and is refused whole, saying where.
    @Test func anXLIFFTargetWithoutAProtectedCodeIsRefusedWhole() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        var text = try Self.export(project, "es", "xliff")
        let code = try #require(
            text.range(of: "Llame al <ph id=\"1\" dataRef=\"d1\"[^>]*/>", options: .regularExpression))
        text.replaceSubrange(code, with: "Llame a la línea")
        try project.write("edited.xlf", text)
        let before = try Self.content(project)
        let run = try Self.importFile(project, "edited.xlf")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "edited.xlf:37: breaks a processing requirement of XLIFF 2.0: the target lacks the code ph '1', which may not be deleted"
            ), "\(run.stderr)")
        #expect(try Self.content(project) == before)
    }

    @Test func unconfirmedTranslationsAreWrittenUnstampedAndNeverOverACurrentOne() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            spanish.replacingOccurrences(of: "  door.title: Mantenga la puerta cerrada\n", with: ""))
        var text = try Self.export(project, "es", "po")
        text = text.replacingOccurrences(
            of: "msgctxt \"guides/at-home:door.title\"\nmsgid \"Keep the door closed\"\nmsgstr \"\"",
            with:
                "#, fuzzy\nmsgctxt \"guides/at-home:door.title\"\nmsgid \"Keep the door closed\"\nmsgstr \"Puerta cerrada\""
        )
        text = text.replacingOccurrences(
            of: "msgctxt \"guides/at-home:card.silent\"", with: "#, fuzzy\nmsgctxt \"guides/at-home:card.silent\""
        ).replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Me callaré.")
        try project.write("fuzzy.po", text)
        let run = try Self.importFile(project, "fuzzy.po")
        #expect(run.status == 1, "\(run.stdout)")
        #expect(Self.reports(run.stdout, "unconfirmed", "guides/at-home:door.title"), "\(run.stdout)")
        #expect(Self.reports(run.stdout, "refused", "guides/at-home:card.silent"))
        #expect(
            run.stdout.contains(
                "the file marks this translation unconfirmed (fuzzy), and the one in the content is current"))
        let title = try Self.unit(project, Self.atHome, "door.title", "es")
        #expect(title.text == "Puerta cerrada")
        #expect(title.status == .outdated(.draft, previous: nil))
        #expect(try Self.unit(project, Self.atHome, "card.silent", "es").text == "Voy a permanecer en silencio.")
        let forced = try Self.importFile(project, "fuzzy.po", ["--force"])
        #expect(forced.status == 0, "\(forced.stdout)")
        let silent = try Self.unit(project, Self.atHome, "card.silent", "es")
        #expect(silent.text == "Me callaré." && silent.status == .outdated(.draft, previous: nil))
    }

    @Test func aDryRunWritesNothing() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let text = try Self.export(project, "es", "xliff")
        try project.write(
            "edited.xlf", text.replacingOccurrences(of: "Voy a permanecer en silencio.", with: "Me callaré."))
        let before = try Self.content(project)
        let run = try Self.importFile(project, "edited.xlf", ["--dry-run"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("would import es from edited.xlf (XLIFF 2.0)"))
        #expect(run.stdout.contains("dry run: nothing written; would write Content/guides/at-home/es.yaml"))
        #expect(try Self.content(project) == before)
    }

    /// A language without a file yet gets one, with the units in reading order.
    @Test func aNewTranslationFileIsCreated() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let site = try project.read("Content/site.yaml")
        try project.write("Content/site.yaml", site.replacingOccurrences(of: "  - es\n", with: "  - es\n  - pl\n"))
        var text = try Self.export(project, "pl", "po", only: "missing")
        text = text.replacingOccurrences(
            of: "msgid \"If agents come to your home\"\nmsgstr \"\"",
            with: "msgid \"If agents come to your home\"\nmsgstr \"Jeśli agenci przyjdą do domu\"")
        text = text.replacingOccurrences(
            of: "msgid \"[Call the hotline]({hotline}).\"\nmsgstr \"\"",
            with: "msgid \"[Call the hotline]({hotline}).\"\nmsgstr \"[Zadzwoń na infolinię]({hotline}).\"")
        try project.write("pl.po", text)
        let run = try Self.importFile(project, "pl.po")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(Self.reports(run.stdout, "added", "guides/at-home:title"))
        #expect(run.stdout.contains("wrote Content/guides/at-home/pl.yaml\n"))
        let file = try project.read("Content/guides/at-home/pl.yaml")
        #expect(
            file.hasPrefix(
                "state: translated\nunits:\n  title: \"Jeśli agenci przyjdą do domu\"\n  card.call: \"[Zadzwoń na infolinię]({hotline}).\"\n"
            ))
        #expect(try Self.unit(project, Self.atHome, "card.call", "pl").status == .current(.translated))
    }

    @Test func theExportIsNeverWrittenIntoContent() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let run = try KyrBinary.run(
            ["translate", "export", "--lang", "es", "--format", "po", "--out", "Content/es.po"], in: project.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("refusing to write to Content/es.po: it lies inside Content"))
        // Nor through a link (or a hard link) that leads there.
        let spanish = project.url.appendingPathComponent("Content/guides/at-home/es.yaml").path
        let before = try Self.content(project)
        try FileManager.default.createSymbolicLink(
            atPath: project.url.appendingPathComponent("linked.po").path, withDestinationPath: spanish)
        #expect(link(spanish, project.url.appendingPathComponent("hard.po").path) == 0)
        for name in ["linked.po", "hard.po"] {
            let linked = try KyrBinary.run(
                ["translate", "export", "--lang", "es", "--format", "po", "--out", name], in: project.url)
            #expect(linked.status == 2, "\(linked.stderr)")
            #expect(linked.stderr.contains("refusing to write to \(name)"), "\(linked.stderr)")
        }
        #expect(try Self.content(project) == before)
        let unlisted = try KyrBinary.run(["translate", "export", "--lang", "fr", "--format", "po"], in: project.url)
        #expect(unlisted.status == 2 && unlisted.stderr.contains("'fr' is not among the languages of site.yaml"))
    }

    // MARK: Hostile files.

    static let bad = Fixtures.fixtures.appendingPathComponent("exchange/bad")
    static let hostile: [(file: String, message: String)] = [
        ("xxe-local-file.xlf", "xxe-local-file.xlf:3: the document has a DOCTYPE"),
        ("xxe-parameter-entity.xlf", "xxe-parameter-entity.xlf:3: the document has a DOCTYPE"),
        ("billion-laughs.xlf", "billion-laughs.xlf:3: the document has a DOCTYPE"),
        ("external-dtd.xlf", "external-dtd.xlf:3: the document has a DOCTYPE"),
        ("undeclared-entity.xlf", "undeclared-entity.xlf:13:33: not well-formed XML: Entity 'xxe' not defined"),
        ("deep-nesting.xlf", "deep-nesting.xlf:13: elements nested more than 64 levels deep"),
        ("very-deep-nesting.xlf", "not well-formed XML: elements nested too deeply"),
        ("latin1-charset.po", "latin1-charset.po:1: the PO file is in iso-8859-1; kyr reads PO files in UTF-8 only"),
        ("not-utf8.po", "not-utf8.po: not a valid PO file: the file is not UTF-8"),
        ("bad-escape.po", "bad-escape.po:8: not a valid PO file: an unknown escape '\\q'"),
    ]

    @Test(arguments: hostile)
    func aHostileFileIsRefusedAndTheContentUntouched(_ file: String, _ message: String) throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let before = try project.snapshot()
        let run = try Self.importFile(project, Self.bad.appendingPathComponent(file).path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("kyr: error: "), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try project.snapshot() == before)
        #expect(!(try project.read("Content/guides/at-home/es.yaml")).contains("root:"), "nothing of /etc/passwd")
    }

    @Test func anOversizedFileIsRefusedBeforeItIsRead() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let path = project.url.appendingPathComponent("huge.xlf").path
        // A sparse file: 16 MiB and one byte, on no disk space.
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<".utf8)))
        #expect(truncate(path, off_t(16 << 20) + 1) == 0)
        let before = try Self.content(project)
        let run = try Self.importFile(project, "huge.xlf")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "huge.xlf: the file is 16777217 bytes; kyr reads translators' files of at most 16777216 bytes (16 MiB)"),
            "\(run.stderr)")
        #expect(try Self.content(project) == before)
    }
}
