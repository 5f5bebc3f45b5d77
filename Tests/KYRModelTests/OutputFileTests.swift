import KYRModel
import Testing

/// A file made from text (kept as its string) and the same file made from bytes are one file:
/// equal, hashed alike, and read as the same bytes in place.
@Suite struct OutputFileTests {
    static let texts = [
        "", "a", "<p>Llame al 1-855-435-7693</p>\n", "اطلب رؤية مذكرة", String(repeating: "é", count: 5_000),
    ]

    @Test func textAndBytesAreTheSameFile() {
        for text in Self.texts {
            let fromText = OutputFile(path: "es/index.html", text: text)
            let fromBytes = OutputFile(path: "es/index.html", contents: Array(text.utf8))
            #expect(fromText == fromBytes)
            #expect(fromText.hashValue == fromBytes.hashValue)
            #expect(fromText.size == text.utf8.count && fromBytes.size == text.utf8.count)
            #expect(fromText.contents == Array(text.utf8))
            #expect(fromBytes.text == text)
            #expect(fromText.withBytes { Array($0) } == Array(text.utf8))
            #expect(fromBytes.withBytes { Array($0) } == Array(text.utf8))
        }
    }

    @Test func filesDifferByPathOrByAnyByte() {
        let file = OutputFile(path: "a.html", text: "abc")
        #expect(file != OutputFile(path: "b.html", text: "abc"))
        #expect(file != OutputFile(path: "a.html", contents: Array("abd".utf8)))
        #expect(file != OutputFile(path: "a.html", contents: Array("abcd".utf8)))
        #expect(file != OutputFile(path: "a.html", text: "ab"))
    }
}
