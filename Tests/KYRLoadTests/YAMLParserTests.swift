import KYRLoad
import KYRModel
import KYRTestSupport
import Testing

@Suite struct YAMLParserTests {
    func parse(_ text: String) -> YAMLParser.Result {
        YAMLParser(file: "f.yaml").parse(Array(text.utf8))
    }

    @Test func keepsLinesAndColumnsInScalars() throws {
        let result = parse("a:\n  b: ünï\n  c: [x, 中文]\n")
        let root = try #require(result.root)
        guard case .mapping(let top) = root.value, case .mapping(let inner) = top[0].value.value else {
            Issue.record("expected mappings")
            return
        }
        #expect(inner[0].value.start.line == 2 && inner[0].value.start.column == 6)
        guard case .sequence(let items) = inner[1].value.value else {
            Issue.record("expected a list")
            return
        }
        #expect(items[1].scalar == "中文")
        #expect(items[1].start.line == 3 && items[1].start.column == 10)
    }

    @Test func aByteOrderMarkIsSkippedAndPositionsAreAnEditors() throws {
        let result = YAMLParser(file: "f.yaml").parse([0xEF, 0xBB, 0xBF] + Array("a: 1\na: 2\n".utf8))
        #expect(result.text == "a: 1\na: 2\n")
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["2:1"])
        let clean = YAMLParser(file: "f.yaml").parse([0xEF, 0xBB, 0xBF] + Array("title: Hola\n".utf8))
        #expect(clean.diagnostics.isEmpty)
        guard case .mapping(let pairs)? = clean.root?.value else {
            Issue.record("expected a mapping")
            return
        }
        #expect(pairs[0].key.scalar == "title" && pairs[0].value.start.column == 8)
    }

    @Test func reportsDuplicateKeysKeepingTheFirst() throws {
        let result = parse("a: 1\nb: 2\na: 3\n")
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "f.yaml", line: 3, column: 1))
        guard case .mapping(let pairs) = try #require(result.root).value else { return }
        #expect(pairs.map { $0.value.scalar } == ["1", "2"])
    }

    /// A near-1 MiB mapping of distinct keys: duplicate detection must stay linear, not hang.
    @Test func manyKeysAreCheckedForDuplicatesInLinearTime() {
        var text = ""
        for i in 0..<60_000 { text += "k\(i): v\n" }
        text += "k59999: again\n"
        let result = parse(text)
        #expect(result.diagnostics.map(\.code) == [.duplicateKey])
        #expect(result.diagnostics.first?.location.line == 60_001)
    }

    @Test func refusesDeepNestingWithoutRecursing() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = parse(deep)
        #expect(result.diagnostics.map(\.code) == [.tooDeep])
        #expect(result.root == nil)
    }

    @Test func refusesOversizedInputBeforeParsing() {
        let result = YAMLParser(file: "big.yaml").parse(
            [UInt8](repeating: UInt8(ascii: "a"), count: YAMLParser.maxFileSize + 1))
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
    }

    @Test func refusesAliasesOnceAndNeverExpandsThem() {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let result = parse(bomb)
        #expect(result.diagnostics.map(\.code) == [.alias])
    }

    @Test func locatesInvalidUTF8() {
        let result = YAMLParser(file: "f.yaml").parse(Array("a: b\nc: d".utf8) + [0xFF] + Array("\n".utf8))
        #expect(result.diagnostics.first?.location == SourceLocation(file: "f.yaml", line: 2, column: 5))
        #expect(result.diagnostics.first?.code == .invalidUTF8)
    }

    @Test func syntaxErrorsCarryLibyamlPositions() {
        let result = parse("a: b\n c: d\n")
        #expect(result.diagnostics.first?.code == .yamlSyntax)
        #expect(result.diagnostics.first?.location.line == 2)
    }
}
