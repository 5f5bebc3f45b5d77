import KYRModel
import KYRTestSupport
import Testing

@testable import KYRExchange

/// Stamping rewrites only kyr's `translated-from:` block; every byte around it is the translator's.
@Suite struct FingerprintBlockTests {
    static let stamps = [(key: "title", value: "0123456789abcdef"), (key: "door.title", value: "fedcba9876543210")]

    static func replace(_ text: String, _ fingerprints: [(key: String, value: String)] = stamps) -> String {
        FingerprintBlock.replace(in: text, fingerprints: fingerprints, file: "es.yaml")
    }

    @Test func aBlockBeforeOtherKeysIsReplacedWhereItIs() {
        let text = """
            state: draft
            translated-from:
              title: aaaaaaaaaaaaaaaa
            units:
              title: Hola
            # the translator's closing comment

            """
        #expect(
            Self.replace(text) == """
                state: draft
                # kyr: fingerprints of the source text each unit was translated from; written by kyr translate stamp
                translated-from:
                  title: 0123456789abcdef
                  door.title: fedcba9876543210
                units:
                  title: Hola
                # the translator's closing comment

                """)
    }

    @Test func commentsAfterTheBlockStay() {
        let text = """
            units:
              title: Hola
            # kyr: fingerprints of the source text each unit was translated from; written by kyr translate stamp
            translated-from:
              title: aaaaaaaaaaaaaaaa
            # reviewed by Ana, 2026-11-20
            # next: door.title

            """
        #expect(
            Self.replace(text).hasSuffix(
                "  door.title: fedcba9876543210\n# reviewed by Ana, 2026-11-20\n# next: door.title\n"))
        #expect(Self.replace(text).components(separatedBy: "translated-from:").count == 2)
    }

    @Test func windowsLineEndingsAreKept() {
        let text = "units:\r\n  title: Hola\r\ntranslated-from:\r\n  title: aaaaaaaaaaaaaaaa\r\n"
        let out = Self.replace(text)
        #expect(out.hasPrefix("units:\r\n  title: Hola\r\n# kyr:"))
        #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CR LF")
    }

    @Test func aFileWithoutABlockGetsOneAtTheEnd() {
        #expect(
            Self.replace("units:\n  title: Hola") == "units:\n  title: Hola\n" + FingerprintBlock.header
                + "\ntranslated-from:\n  title: 0123456789abcdef\n  door.title: fedcba9876543210\n")
    }

    @Test func aFlowBlockIsReplacedWhole() {
        let text =
            "translated-from: {title: aaaaaaaaaaaaaaaa,\n  door.title: bbbbbbbbbbbbbbbb}\nunits:\n  title: Hola\n"
        #expect(
            Self.replace(text, [(key: "title", value: "0123456789abcdef")]) == FingerprintBlock.header
                + "\ntranslated-from:\n  title: 0123456789abcdef\nunits:\n  title: Hola\n")
    }

    @Test func aByteOrderMarkIsKept() {
        let out = Self.replace(
            "\u{FEFF}units:\n  title: Hola\ntranslated-from:\n  title: aaaaaaaaaaaaaaaa\n",
            [(key: "title", value: "0123456789abcdef")])
        #expect(
            out == "\u{FEFF}units:\n  title: Hola\n" + FingerprintBlock.header
                + "\ntranslated-from:\n  title: 0123456789abcdef\n")
    }

    @Test func noFingerprintsRemovesTheBlock() {
        #expect(
            Self.replace("units:\n  title: Hola\ntranslated-from:\n  title: aaaaaaaaaaaaaaaa\nstate: draft\n", [])
                == "units:\n  title: Hola\nstate: draft\n")
    }
}
