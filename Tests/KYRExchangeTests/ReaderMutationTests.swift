import Foundation
import KYRTestSupport
import Testing

@testable import KYRExchange

/// Translators' files nobody wrote by hand: seeded random damage to kyr's own exports of the
/// minimal project. The readers must answer every one (units, or a refusal with a message),
/// never crash or hang.
@Suite struct ReaderMutationTests {
    /// Fragments XML, PO and kyr's markup treat specially.
    static let tokens: [[UInt8]] =
        [
            "<", ">", "&", "&amp;", "&xxe;", "<!DOCTYPE x>", "<![CDATA[", "]]>", "\"", "'", "=", "/>", "</target>",
            "<pc id=\"9\">", "<ph id=\"1\" dataRef=\"d1\"/>", "<cp hex=\"1B\"/>", "xml:space=\"preserve\" ", "\\",
            "\\n", "msgid ", "msgstr[0] ", "#, fuzzy\n", "#| msgid \"", "\n", "{hotline}", "**", "中文", "عربي",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x82], [0x0D]]

    static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + random.below(4)) {
            let at = random.below(out.count + 1)
            switch random.below(4) {
            case 0: out.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
            case 1 where at < out.count: out.removeSubrange(at..<min(out.count, at + 1 + random.below(40)))
            case 2 where at < out.count: out[at] = UInt8(truncatingIfNeeded: random.next())
            default:
                let from = random.below(out.count)
                out.insert(contentsOf: out[from..<min(out.count, from + random.below(80))], at: at)
            }
        }
        return out
    }

    static func export(_ format: ExchangeFormat) throws -> [UInt8] {
        Array(try ExportGoldenTests.export(format).utf8)
    }

    @Test(arguments: [ExchangeFormat.xliff, .po])
    func damagedFilesAreAnsweredNeverCrashed(_ format: ExchangeFormat) throws {
        let original = try Self.export(format)
        var random = SeededRandom(state: format == .xliff ? 15 : 16)
        var read = 0
        var refused = 0
        for _ in 0..<1500 {
            let bytes = Self.mutate(original, &random)
            do {
                let file =
                    format == .xliff
                    ? try XLIFFImporter.read(bytes, file: "damaged.xlf")
                    : try POImporter.read(bytes, file: "damaged.po")
                read += file.units.count > 0 ? 1 : 0
            } catch {
                #expect(!error.message.isEmpty)
                refused += 1
            }
        }
        #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
    }
}
