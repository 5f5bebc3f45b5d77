import KYRModel
import KYRTestSupport
import Testing

/// Lines are counted as libyaml counts them, whichever way a file breaks its lines.
@Suite struct SourceLinesTests {
    @Test func everyYAMLLineBreakSplits() {
        let text = "a: 1\nb: «ü»\r\nc: 日本\rd: x\u{85}e: \u{2028}f\u{2029}g"
        let lines = SourceLines.split(text).map(String.init)
        #expect(lines == ["a: 1", "b: «ü»", "c: 日本", "d: x", "e: ", "f", "g"])
        // Quoting one line finds the same text as splitting the whole file.
        for (index, line) in lines.enumerated() {
            #expect(SourceLines.line(index + 1, of: text).map(String.init) == line)
        }
        #expect(SourceLines.line(lines.count + 1, of: text) == nil)
    }

    @Test func emptyAndTrailingBreaks() {
        #expect(SourceLines.split("").map(String.init) == [""])
        #expect(SourceLines.split("x\n").map(String.init) == ["x", ""])
        #expect(SourceLines.split("\r\n\r\n").map(String.init) == ["", "", ""])
    }
}
