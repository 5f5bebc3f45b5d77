import Foundation
import KYRCheck
import KYRModel
import KYRTestSupport
import Testing

/// The rules that keep a unit's meaning and basis honest outside its page: a "may not" item
/// says "not" itself (`label-only-negation`), "official" rests on an official source
/// (`unsourced-official`), and cited sources exist (`unknown-source`).
@Suite struct SourceAndNegationRuleTests {
    func lines(_ code: DiagnosticCode, after change: (TemporaryProject) throws -> Void) throws -> [String] {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try change(project)
        return try Checking.lines(project.path).filter { $0.hasSuffix("[\(code.rawValue)]") }
    }

    func edit(_ project: TemporaryProject, _ path: String, _ from: String, _ to: String) throws {
        let text = try project.read(path)
        #expect(text.contains(from), "fixture changed: \(from)")
        try project.write(path, text.replacingOccurrences(of: from, with: to))
    }

    /// YAML lines, each indented by `indent` spaces (six: a unit in a section's list).
    func yaml(_ lines: [String], indent: Int = 6) -> String {
        lines.map { String(repeating: " ", count: indent) + $0 + "\n" }.joined()
    }

    /// The minimal ICE note's only unit ends on line 15; units added after it start on line 16.
    static let iceUnitEnd = "        text: Vests that read *POLICE* or *ICE*.\n"

    func addToICE(_ project: TemporaryProject, _ lines: [String]) throws {
        try edit(project, "Content/agencies/ice/en.yaml", Self.iceUnitEnd, Self.iceUnitEnd + yaml(lines))
    }

    // MARK: label-only-negation

    static let negationMessage =
        "is a 'may-not' unit, but the main clause of its first sentence does not say 'not' itself; without its "
        + "label it reads as the opposite: write a full sentence such as 'Chicago police may not ...' [label-only-negation]"

    @Test func mayNotUnitWithoutItsOwnNegationIsReportedAtItsText() throws {
        let found = try lines(.labelOnlyNegation) { p in
            try addToICE(
                p,
                [
                    "- id: bare",  // 16
                    "  kind: may-not",
                    "  text: Ask about your immigration status.",  // 18
                    "- id: subordinate",
                    "  kind: may-not",
                    "  text: >-",  // 21
                    "    Hold anyone only because of a warrant",  // 22
                    "    that was not signed by a judge.",
                    "- id: later-sentence",
                    "  kind: may-not",
                    "  text: Ask about your status. Illinois law bars police from asking.",  // 26
                    "- id: good",
                    "  kind: may-not",
                    "  text: ICE may **not** enter private areas without a judge's warrant.",
                    "- id: leading-clause",
                    "  kind: may-not",
                    "  text: If there is only an administrative warrant, the U.S. Marshals cannot hold you for ICE.",
                    "- id: prohibition",
                    "  kind: may-not",
                    "  text: Illinois law bars police from asking about your status.",
                    "- id: contraction",
                    "  kind: may-not",
                    "  text: Police can't ask about your status.",
                    "- id: positive-may",
                    "  kind: may",
                    "  text: Arrest people for immigration reasons.",
                ])
        }
        #expect(
            found == [
                "Content/agencies/ice/en.yaml:18:15: warning: 'recognize.bare' \(Self.negationMessage)",
                "Content/agencies/ice/en.yaml:22:11: warning: 'recognize.subordinate' \(Self.negationMessage)",
                "Content/agencies/ice/en.yaml:26:15: warning: 'recognize.later-sentence' \(Self.negationMessage)",
            ])
    }

    @Test func cardUnitsOfAGuideAreCheckedToo() throws {
        let found = try lines(.labelOnlyNegation) { p in
            let anchor = "    text: I will remain silent.\n"
            try edit(
                p, "Content/guides/at-home/en.yaml", anchor,
                anchor + yaml(["- id: forbidden", "  kind: may-not", "  text: Search your home."], indent: 2))
        }
        #expect(found == ["Content/guides/at-home/en.yaml:24:11: warning: 'card.forbidden' \(Self.negationMessage)"])
    }

    @Test func translationsAreNotCheckedForNegation() throws {
        // The Spanish drops the negation its source has: the rule reads only the source language.
        let found = try lines(.labelOnlyNegation) { p in
            try addToICE(
                p,
                ["- id: good", "  kind: may-not", "  text: ICE may not enter private areas without a judge's warrant."])
            let spanish = "  recognize.vest: Chalecos que dicen *POLICE* o *ICE*.\n"
            try edit(
                p, "Content/agencies/ice/es.yaml", spanish, spanish + "  recognize.good: Entrar en áreas privadas.\n")
        }
        #expect(found == [])
    }

    // MARK: unsourced-official and unknown-source

    /// Replaces the ICE note's sources with three: an official one, a community one, one without id or kind.
    func addToICEWithSources(_ project: TemporaryProject, _ lines: [String]) throws {
        let path = "Content/agencies/ice/en.yaml"
        let head = try #require(try project.read(path).components(separatedBy: "sources:\n").first)
        try project.write(
            path,
            head.replacingOccurrences(of: Self.iceUnitEnd, with: Self.iceUnitEnd + yaml(lines)) + "sources:\n"
                + yaml(
                    [
                        "- id: trust-act", "  kind: official", "  title: Illinois TRUST Act",
                        "  url: https://ilga.gov/law",
                        "- id: blog", "  kind: community", "  title: A community post",
                        "  url: https://example.org/post",
                        "- title: A source nobody cites", "  url: https://example.org/other",
                    ], indent: 2))
    }

    static let officialAdvice =
        "list the law, court order or official document it rests on under the unit's sources, or use basis "
        + "'reported' or 'community' [unsourced-official]"

    @Test func officialBasisNeedsAnOfficialSource() throws {
        let found = try lines(.unsourcedOfficial) { p in
            try addToICEWithSources(
                p,
                [
                    "- id: no-sources",  // 16
                    "  kind: cue",
                    "  basis: official",
                    "  text: Badges say ICE.",
                    "- id: only-community",  // 20
                    "  kind: cue",
                    "  basis: official",
                    "  sources: [blog]",
                    "  text: Badges say ICE.",
                    "- id: cites-law",
                    "  kind: cue",
                    "  basis: official",
                    "  sources: [blog, trust-act]",
                    "  text: Badges say ICE.",
                    "- id: reported",
                    "  kind: cue",
                    "  basis: reported",
                    "  text: Badges say ICE.",
                    "- id: community",
                    "  kind: cue",
                    "  basis: community",
                    "  sources: [blog]",
                    "  text: Badges say ICE.",
                ])
        }
        #expect(
            found == [
                "Content/agencies/ice/en.yaml:16:13: warning: 'recognize.no-sources' has basis 'official' but cites no source; \(Self.officialAdvice)",
                "Content/agencies/ice/en.yaml:20:13: warning: 'recognize.only-community' has basis 'official' but cites no source of kind "
                    + "'official' (it cites 'blog'); \(Self.officialAdvice)",
            ])
    }

    @Test func aSourceWithoutAKindIsNotOfficial() throws {
        let found = try lines(.unsourcedOfficial) { p in
            try edit(
                p, "Content/agencies/ice/en.yaml", "        basis: reported\n",
                "        basis: official\n        sources: [report]\n")
            try edit(
                p, "Content/agencies/ice/en.yaml", "  - title: Example report",
                "  - id: report\n    title: Example report")
        }
        #expect(
            found == [
                "Content/agencies/ice/en.yaml:12:13: warning: 'recognize.vest' has basis 'official' but cites no source of kind "
                    + "'official' (it cites 'report'); \(Self.officialAdvice)"
            ])
    }

    @Test func citedSourcesMustExistInTheSameFile() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try addToICEWithSources(
            project,
            [
                "- id: typo",
                "  kind: cue",
                "  basis: official",
                "  sources: [trust-act, trust-akt]",  // 19
                "  text: Badges say ICE.",
                "- id: only-unknown",
                "  kind: cue",
                "  basis: official",
                "  sources: [statute]",  // 24
                "  text: Badges say ICE.",
            ])
        let found = try Checking.lines(project.path).filter {
            !$0.hasSuffix("[missing-unit]") && !$0.hasSuffix("[changed-since-review]")
        }
        // A unit citing only a source that does not exist is not also reported as unsourced.
        #expect(
            found == [
                "Content/agencies/ice/en.yaml:19:30: error: 'recognize.typo' cites source 'trust-akt', which no source of agency note 'ice' "
                    + "has as its id; did you mean 'trust-act'? [unknown-source]",
                "Content/agencies/ice/en.yaml:24:19: error: 'recognize.only-unknown' cites source 'statute', which no source of agency "
                    + "note 'ice' has as its id [unknown-source]",
            ])
    }

    @Test func sourceKindsSourceIDsAndTheCommunityBasisAreLoaded() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try addToICEWithSources(
            project,
            ["- id: community", "  kind: cue", "  basis: community", "  sources: [blog]", "  text: Badges say ICE."])
        let note = try #require(try Checking.content(project.path).agencies.first)
        #expect(note.sources.map(\.kind) == [.official, .community, nil])
        #expect(note.sources.map { $0.id?.value } == ["trust-act", "blog", nil])
        let unit = try #require(note.sections.first?.units.last)
        #expect(unit.basis == .community)
        #expect(unit.sources.map(\.value) == ["blog"])
        #expect(
            try Checking.lines(project.path).filter {
                !$0.hasSuffix("[missing-unit]") && !$0.hasSuffix("[changed-since-review]")
            } == [])
    }
}
