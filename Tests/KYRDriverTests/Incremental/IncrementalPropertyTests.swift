import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRDriver

/// After any sequence of edits, an incremental build leaves exactly the bytes a build from
/// nothing leaves, manifests included.
@Suite struct IncrementalPropertyTests {
    /// Seeds 1 to 4 build the site and the texts, eight edits each; seed 5 also prints.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomEditsLeaveWhatACleanBuildLeaves(_ seed: UInt64) throws {
        let project = try IncrementalProject()
        project.formats = seed == 5 ? [.html, .text, .print] : [.html, .text]
        var random = SeededRandom(state: seed)
        var log: [String] = []
        try project.build()
        for _ in 0..<(seed == 5 ? 4 : 8) {
            let edit = RandomEdit.allCases[random.below(RandomEdit.allCases.count)]
            log.append(try edit.apply(to: project, &random))
            let incremental = Result { try project.build() }
            if case .failure(let error) = incremental {
                // Content an edit broke builds neither way, and the last output stays.
                #expect(throws: (any Error).self, "\(log)") { try project.build(output: "Fresh", clean: true) }
                Issue.record("an edit broke the content: \(log): \(error)")
                return
            }
            #expect(try project.differencesFromCleanBuild() == [], "seed \(seed): \(log)")
            if ProcessInfo.processInfo.environment["KYR_TEST_LOG"] != nil { print("seed \(seed): \(log.last!)") }
        }
    }
}

/// The edits the property test makes, each keeping the content free of errors.
enum RandomEdit: CaseIterable {
    case sourceWord, agencyName, translationWord, removeTranslation, restoreTranslation, removeGuide, organization
    case footerTemplate, nextDay, nothing

    static let guides = ["at-home", "at-school", "at-work", "in-a-car", "in-public", "observers", "someone-detained"]
    static let agencies = ["cbp", "chicago-police", "ice", "national-guard", "documents"]

    /// Applies the edit; what it did, for the failure message.
    func apply(to project: IncrementalProject, _ random: inout SeededRandom) throws -> String {
        let guide = Self.guides[random.below(Self.guides.count)]
        switch self {
        case .sourceWord:
            let folder = random.below(2) == 0 ? "guides/" + guide : "agencies/" + Self.agencies[random.below(5)]
            return try replaceOne(" the ", with: " the very ", in: "Content/\(folder)/en.yaml", project, &random)
        case .agencyName:
            // Guides' pages and texts name the agencies they refer to.
            let path = "Content/agencies/\(Self.agencies[random.below(Self.agencies.count)])/en.yaml"
            let text = try project.project.read(path)
            // A word, not a number: a number the translations lack is an error (`fact-mismatch`).
            let words = ["Office", "Unit", "Service", "Division", "Bureau"]
            let suffix = " " + words[random.below(words.count)]
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard line.hasPrefix("name: ") else { return String(line) }
                return line.hasSuffix("\"") ? line.dropLast() + suffix + "\"" : line + suffix
            }
            try project.project.write(path, lines.joined(separator: "\n"))
            return "agency name +\(suffix) in \(path)"
        case .translationWord:
            let language = random.below(2) == 0 ? "es" : "ar"
            let word = language == "es" ? " la " : " في "
            return try replaceOne(
                word, with: word + word.dropFirst(), in: "Content/guides/\(guide)/\(language).yaml", project, &random)
        case .removeTranslation:
            let path = "Content/guides/\(guide)/\(random.below(2) == 0 ? "es" : "ar").yaml"
            try? project.project.remove(path)
            return "removed \(path)"
        case .restoreTranslation:
            let path = "Content/guides/\(guide)/\(random.below(2) == 0 ? "es" : "ar").yaml"
            guard FileManager.default.fileExists(atPath: project.project.path + "/Content/guides/\(guide)") else {
                return "nothing to restore"
            }
            let original = try String(
                contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)
            try project.project.write(path, original)
            return "restored \(path)"
        case .removeGuide:
            try? project.project.remove("Content/guides/\(guide)")
            try? project.project.remove("Content/history/guides/\(guide).yaml")
            return "removed the guide \(guide)"
        case .organization:
            let name = "Rights Project \(random.below(1000))"
            let text = try project.project.read("Content/site.yaml")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("  name: ") ? "  name: " + name : String(line)
            }
            try project.project.write("Content/site.yaml", lines.joined(separator: "\n"))
            return "organization named \(name)"
        case .footerTemplate:
            let footer = "<footer class=\"site\"><p>{{organization.name}} \(random.below(1000))</p></footer>\n"
            try project.project.write("Templates/html/footer.mustache", footer)
            return "footer template \(footer)"
        case .nextDay:
            project.today = project.today.adding(days: 1)
            return "day \(project.today)"
        case .nothing:
            return "nothing"
        }
    }

    /// Replaces one occurrence of `word`, chosen at random, in the file at `path` if it exists.
    private func replaceOne(
        _ word: String, with replacement: String, in path: String, _ project: IncrementalProject,
        _ random: inout SeededRandom
    ) throws -> String {
        guard let text = try? project.project.read(path) else { return "no \(path)" }
        let ranges = text.ranges(of: word)
        guard !ranges.isEmpty else { return "no \(word) in \(path)" }
        let range = ranges[random.below(ranges.count)]
        try project.project.write(path, text.replacingCharacters(in: range, with: replacement))
        return "\(word) → \(replacement) in \(path) at \(text.distance(from: text.startIndex, to: range.lowerBound))"
    }
}
