import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

/// Inputs nobody wrote by hand: seeded random damage to valid files. Loading must never
/// crash or hang, every diagnostic must point into a real file, and nothing may be written.
@Suite struct MutationFuzzTests {
    static let files = [
        "Content/site.yaml", "Content/guides/at-home/en.yaml", "Content/guides/at-home/es.yaml",
        "Content/agencies/ice/en.yaml", "Content/strings/es.yaml",
    ]

    /// Fragments that YAML and the markup treat specially.
    static let tokens: [[UInt8]] =
        [
            ":", "- ", "&a ", "*a", "<<: *a", "!!str ", "---\n", "...\n", "\t", "{", "}", "[", "]", "**", "_", "\\",
            "\"", "'",
            "|\n", ">-\n", "? ", "%YAML 1.1\n", "#", "\n  ", "{hotline}", "[x](javascript:y)", "\u{FEFF}", "中文", "عربي",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x82], [0x0D]]

    static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + random.below(4)) {
            let at = random.below(out.count + 1)
            switch random.below(6) {
            case 0: if !out.isEmpty { out[min(at, out.count - 1)] = UInt8(truncatingIfNeeded: random.next()) }
            case 1: out.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
            case 2: out.removeSubrange(at..<min(out.count, at + random.below(40)))
            case 3: out = Array(out.prefix(at))
            case 4:
                let start = random.below(out.count + 1)
                let length = random.below(200)
                out.insert(contentsOf: out[start..<min(out.count, start + length)], at: at)
            default: out.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: random.below(100)), at: at)
            }
        }
        return out
    }

    @Test(arguments: 0..<8)
    func damagedFilesNeverCrashTheLoader(seed: Int) throws {
        var random = SeededRandom(state: UInt64(seed) &* 7919)
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let today = try #require(ContentDate("2026-11-22"))
        for round in 0..<60 {
            let file = Self.files[random.below(Self.files.count)]
            let original = try Data(contentsOf: project.url.appendingPathComponent(file))
            let damaged = Self.mutate([UInt8](original), &random)
            try project.write(file, Data(damaged))
            let before = try project.snapshot()
            let loaded = try CheckedProject.load(ProjectLayout(root: project.path), today: today)
            for d in loaded.diagnostics {
                #expect(d.location.file.hasPrefix(project.path + "/Content/"), "seed \(seed) round \(round): \(d)")
                #expect(d.location.line >= 0 && d.location.column >= 0)
                if d.location.line > 0 {
                    #expect(
                        loaded.sources.line(d.location.line, of: d.location.file) != nil || d.code == .invalidUTF8,
                        "seed \(seed) round \(round): line out of range: \(d)")
                }
                _ = loaded.report([d])
            }
            #expect(try project.snapshot() == before)
            try project.write(file, original)
        }
    }

    /// A sample of damaged projects through the real binary, which must answer 0 or 1 in time.
    @Test func binaryAnswersEveryDamagedProject() throws {
        var random = SeededRandom(state: 2026)
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        for _ in 0..<15 {
            let file = Self.files[random.below(Self.files.count)]
            let original = try Data(contentsOf: project.url.appendingPathComponent(file))
            try project.write(file, Data(Self.mutate([UInt8](original), &random)))
            let run = try KyrBinary.run(["check", "--project", project.path, "--today", "2026-11-22"], timeout: 30)
            #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
            try project.write(file, original)
        }
    }
}
