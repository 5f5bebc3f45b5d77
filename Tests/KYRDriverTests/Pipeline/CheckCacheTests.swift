import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRDriver

/// The document rules remember, in `Output/.kyr-cache/check`, what they found in each guide:
/// after any edit, a check that reuses what it remembered reports exactly what a check from
/// nothing reports, and it checks again only the guides the edit touched.
@Suite struct CheckCacheTests {
    static let guides = [
        "at-home", "at-school", "at-work", "children", "court-dates", "in-a-car", "in-public", "observers",
        "someone-detained",
    ]
    static let languages = ["es", "ar", "pl", "zh-Hans"]

    /// A copy of the bundled content with an output folder, so the cache is kept.
    func project() throws -> TemporaryProject {
        let project = try TemporaryProject.bundled()
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("Output"), withIntermediateDirectories: true)
        return project
    }

    /// A check that remembers and saves, and one from nothing; both projects' findings.
    func check(_ project: TemporaryProject, today: ContentDate) throws -> (
        remembered: CheckedProject, fresh: CheckedProject
    ) {
        let layout = ProjectLayout(root: project.path)
        let remembered = try CheckedProject.load(layout, today: today)
        remembered.saveCaches()
        let fresh = try CheckedProject.load(layout, today: today, remembering: false)
        return (remembered, fresh)
    }

    @Test func aSecondCheckReusesEveryGuideAndSaysTheSame() throws {
        let project = try project()
        try Self.edit(.unknownVariable, in: project, guide: "at-work", language: "es")
        let first = try check(project, today: Checking.today)
        #expect(first.remembered.findings?.reused == 0)
        #expect(!first.fresh.diagnostics.isEmpty)
        #expect(first.remembered.diagnostics == first.fresh.diagnostics)
        let second = try check(project, today: Checking.today)
        #expect(second.remembered.findings?.reused == Self.guides.count)
        #expect(second.remembered.diagnostics == first.fresh.diagnostics)
        // One changed translation: its guide alone is checked again.
        try Self.edit(.orphanUnit, in: project, guide: "in-a-car", language: "ar")
        let third = try check(project, today: Checking.today)
        #expect(third.remembered.findings?.reused == Self.guides.count - 1)
        #expect(third.remembered.diagnostics == third.fresh.diagnostics)
        #expect(third.fresh.diagnostics.contains { $0.code == .orphanUnit })
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let project = try project()
        try Self.edit(.placeholder, in: project, guide: "observers", language: "en")
        _ = try check(project, today: Checking.today)
        let path = "Output/.kyr-cache/check"
        let text = try project.read(path)
        for damaged in [
            String(text.prefix(text.count / 2)), text.replacingOccurrences(of: "\"code\":\"", with: "\"code\":\"x"), "",
            "kyr check 1\n{}",
        ] {
            try project.write(path, damaged)
            let again = try check(project, today: Checking.today)
            #expect(again.remembered.findings?.reused == 0)
            #expect(again.remembered.diagnostics == again.fresh.diagnostics)
        }
    }

    /// Seeds 1 to 3, ten random edits each: errors, warnings and notes in guides, their
    /// translations and histories, and in what no guide owns (site.yaml, strings, agencies).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomEditsFindWhatACheckFromNothingFinds(_ seed: UInt64) throws {
        let project = try project()
        var random = SeededRandom(state: seed)
        var today = Checking.today
        var log: [String] = []
        for _ in 0..<10 {
            let edit = Edit.allCases[random.below(Edit.allCases.count)]
            let guide = Self.guides[random.below(Self.guides.count)]
            let language = Self.languages[random.below(Self.languages.count)]
            if edit == .nextYear {
                today = today.adding(days: 365)
            } else {
                try Self.edit(edit, in: project, guide: guide, language: language)
            }
            log.append("\(edit) \(guide) \(language)")
            let checked = try check(project, today: today)
            #expect(checked.remembered.diagnostics == checked.fresh.diagnostics, "seed \(seed): \(log)")
            if ProcessInfo.processInfo.environment["KYR_TEST_LOG"] != nil {
                let codes = Set(checked.fresh.diagnostics.map(\.code.rawValue)).sorted()
                print("seed \(seed): \(log.last!): reused \(checked.remembered.findings?.reused ?? -1), \(codes)")
            }
        }
    }

    enum Edit: CaseIterable {
        case unknownVariable, orphanUnit, missingUnit, sourceChanged, numberAdded, lookalikeDigit, placeholder
        case removeTranslation, removeHistory, unknownAgency, removeAgency, siteLanguageDropped, siteVariable
        case stringsChanged, longTranslation, unreadableTranslation, nextYear
    }

    /// Makes `edit` to the guide (in `language`, where the edit is a translation's).
    static func edit(_ edit: Edit, in project: TemporaryProject, guide: String, language: String) throws {
        let translation = "Content/guides/\(guide)/\(language == "en" ? "es" : language).yaml"
        let source = "Content/guides/\(guide)/en.yaml"
        func change(_ path: String, _ transform: (String) -> String) throws {
            guard let text = try? project.read(path) else { return }
            try project.write(path, transform(text))
        }
        // The first unit line of a translation (`  key: text`), changed by `transform`.
        func firstUnit(_ path: String, _ transform: @escaping (String) -> String) throws {
            try change(path) { text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if let index = lines.firstIndex(where: { $0.hasPrefix("  title: ") }) {
                    lines[index] = transform(lines[index])
                }
                return lines.joined(separator: "\n")
            }
        }
        switch edit {
        case .unknownVariable: try firstUnit(translation) { $0 + " {no-such-variable}" }
        case .orphanUnit:
            try change(translation) { $0.replacingOccurrences(of: "units:\n", with: "units:\n  no.such-unit: Nada\n") }
        case .missingUnit:
            try change(translation) { text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.removeAll { $0.hasPrefix("  title: ") }
                return lines.joined(separator: "\n")
            }
        case .sourceChanged: try change(source) { $0.replacingOccurrences(of: " the ", with: " the very ") }
        case .numberAdded: try firstUnit(translation) { $0 + " 911" }
        case .lookalikeDigit: try firstUnit(translation) { $0 + " l-800-555-0I00" }
        case .placeholder:
            try change(source) { text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if let index = lines.firstIndex(where: { $0.hasPrefix("title: ") }) {
                    lines[index] = "title: \"TODO: write the title\""
                }
                return lines.joined(separator: "\n")
            }
        case .removeTranslation: try? project.remove(translation)
        case .removeHistory: try? project.remove("Content/history/guides/\(guide).yaml")
        case .unknownAgency:
            try change(source) { $0.replacingOccurrences(of: "agencies: [", with: "agencies: [no-such-agency, ") }
        case .removeAgency: try? project.remove("Content/agencies/ice")
        case .siteLanguageDropped:
            try change("Content/site.yaml") { $0.replacingOccurrences(of: "  - \(language)\n", with: "") }
        case .siteVariable:
            try change("Content/site.yaml") { $0.replacingOccurrences(of: "  hotline:", with: "  hotline-old:") }
        case .stringsChanged:
            try change("Content/strings/es.yaml") { text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if let index = lines.firstIndex(where: { $0.hasPrefix("  ") && $0.contains(": ") }) {
                    lines[index] += " {no-such-variable}"
                }
                return lines.joined(separator: "\n")
            }
        case .longTranslation: try firstUnit(translation) { $0 + String(repeating: " y más palabras", count: 40) }
        case .unreadableTranslation:
            // Not UTF-8: the file exists but is never loaded, which a check must tell from no file.
            try project.write(translation, Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xC3, 0x28, 0x0A]))
        case .nextYear: break
        }
    }
}
