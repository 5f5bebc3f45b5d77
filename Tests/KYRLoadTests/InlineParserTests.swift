import KYRModel
import KYRTestSupport
import Testing

@testable import KYRLoad

@Suite struct InlineParserTests {
    let here = SourceLocation(file: "t", line: 1, column: 1)

    func parse(_ text: String) -> Result<[InlineNode], MarkupError> {
        InlineParser.parse(text) { SourceLocation(file: "t", line: 1, column: $0 + 1) }
    }

    func nodes(_ text: String) throws -> [InlineNode] {
        try parse(text).get()
    }

    func error(_ text: String) -> MarkupError? {
        if case .failure(let e) = parse(text) { return e }
        return nil
    }

    /// `depth` spans, alternating strong and emphasis, around one word.
    func nested(_ depth: Int) -> String {
        let opens = (0..<depth).map { $0 % 2 == 0 ? "**x " : "_x " }
        let closes = (0..<depth).map { $0 % 2 == 0 ? "y**" : "y_" }
        return opens.joined() + "z " + closes.reversed().joined(separator: " ")
    }

    @Test func nestingIsBoundedWithALocatedError() throws {
        #expect(throws: Never.self) { try nodes(nested(InlineParser.maxDepth)) }
        let tooDeep = try #require(error(nested(InlineParser.maxDepth + 1)))
        #expect(tooDeep.message.hasPrefix("markup nested more than 32 levels deep"))
        // The opening delimiter of the 33rd span: sixteen "**x _x " pairs in.
        #expect(tooDeep.offset == 16 * 7)
        #expect(error(nested(50_000))?.offset == 16 * 7)
    }

    @Test func offsetsOfManyVariablesAreExact() throws {
        let text = Array(repeating: "é {hotline}", count: 2_000).joined(separator: " ")
        let found = try nodes(text).compactMap { node -> Int? in
            if case .variable(_, let location) = node { return location.column - 1 }
            return nil
        }
        #expect(found.count == 2_000)
        #expect(found.first == 2 && found.last == 1_999 * 12 + 2, "each variable at its scalar offset")
    }

    @Test func plainTextAndHTMLStayLiteral() throws {
        #expect(try nodes("Hello <b>world</b> & co") == [.text("Hello <b>world</b> & co")])
    }

    @Test func strongEmphasisAndNesting() throws {
        #expect(try nodes("a **b** c") == [.text("a "), .strong([.text("b")]), .text(" c")])
        #expect(try nodes("*a* and _b_") == [.emphasis([.text("a")]), .text(" and "), .emphasis([.text("b")])])
        #expect(try nodes("**a *b***") == [.strong([.text("a "), .emphasis([.text("b")])])])
    }

    @Test func flankingKeepsArithmeticAndSnakeCaseLiteral() throws {
        #expect(try nodes("5 * 3 = 15") == [.text("5 * 3 = 15")])
        #expect(try nodes("file_name_here") == [.text("file_name_here")])
        #expect(try nodes("nlg.chi_defense@example.org") == [.text("nlg.chi_defense@example.org")])
    }

    @Test func variablesAndLinks() throws {
        #expect(
            try nodes("Call {hotline}.") == [
                .text("Call "), .variable("hotline", at: SourceLocation(file: "t", line: 1, column: 6)), .text("."),
            ])
        #expect(try nodes("[Call]({hotline})") == [.link(.variable("hotline"), [.text("Call")], at: here)])
        #expect(
            try nodes("[**Read**](https://example.org/a_b)") == [
                .link(.url("https://example.org/a_b"), [.strong([.text("Read")])], at: here)
            ])
        for scheme in ["tel:+18554357693", "mailto:a@example.org", "sms:+18554357693"] {
            #expect(try nodes("[x](\(scheme))") == [.link(.url(scheme), [.text("x")], at: here)])
        }
    }

    @Test func escapes() throws {
        #expect(try nodes(#"\*not\* \{x\} \[y\] \\ \q"#) == [.text(#"*not* {x} [y] \ \q"#)])
    }

    @Test func errorsPointAtTheOffendingCharacter() {
        #expect(
            error("a **b") == MarkupError(code: .markup, message: "unclosed '**'; close it or write '\\*'", offset: 2))
        #expect(
            error("x {hotline")
                == MarkupError(code: .markup, message: "unclosed '{'; write '\\{' for a literal brace", offset: 2))
        #expect(error("x }")?.offset == 2)
        #expect(error("[a [b](https://x.org)](https://y.org)")?.message.contains("nested") == true)
        #expect(error("[a](javascript:alert(1))")?.code == .linkScheme)
        #expect(error("[a](http://example.org)")?.code == .linkScheme)
        #expect(error("[a](example.org)")?.code == .linkScheme)
        #expect(error("[a] b")?.offset == 2)
        #expect(error("[](https://example.org)")?.message == "link has no text between '[' and ']'")
        #expect(error("{Hot Line}")?.offset == 0)
        #expect(error("** **")?.offset == nil)  // both runs are flanked by space: literal
    }

    /// Offsets count Unicode scalars, not bytes, whatever script comes before the problem.
    @Test func offsetsCountScalarsInAnyScript() throws {
        #expect(error("Llame al número {hotline")?.offset == 16)
        #expect(error("请拨打 **热线")?.offset == 4)
        #expect(error("اتصل 👋 [رابط] ثم")?.offset == 12)
        #expect(
            try nodes("Llamé {hotline}") == [
                .text("Llamé "), .variable("hotline", at: SourceLocation(file: "t", line: 1, column: 7)),
            ])
        #expect(try nodes("é*x*") == [.text("é"), .emphasis([.text("x")])])
        // Flanking looks at whole characters on both sides of the delimiter.
        #expect(try nodes("日本_語_") == [.text("日本_語_")])
        #expect(try nodes("«_sí_»") == [.text("«"), .emphasis([.text("sí")]), .text("»")])
        #expect(error("[a](https://x.org/\u{3000}b)")?.message.contains("cannot contain spaces") == true)
    }
}
