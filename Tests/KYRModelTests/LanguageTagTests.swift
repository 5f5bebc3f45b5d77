import KYRModel
import KYRTestSupport
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: [
        "en", "es", "pl", "zh-Hans", "zh-Hant", "ar", "tl", "ko", "uk", "hi", "pt-BR", "es-419", "sr-Latn-RS", "yue",
    ])
    func acceptsValidTags(_ text: String) throws {
        #expect(try LanguageTag.parse(text).get().identifier == text)
    }

    @Test func refusesWithReasons() {
        #expect(LanguageTag.parse("xx") == .failure(.unknownLanguage("xx")))
        #expect(LanguageTag.parse("zh-hans") == .failure(.wrongCase(canonical: "zh-Hans")))
        #expect(LanguageTag.parse("ES") == .failure(.wrongCase(canonical: "es")))
        #expect(LanguageTag.parse("zh-Abcd") == .failure(.unknownScript("Abcd")))
        #expect(LanguageTag.parse("es-XZ") == .failure(.unknownRegion("XZ")))
        for malformed in ["", "e", "en_US", "english", "en-US-x-private", "en--US", "12"] {
            #expect(LanguageTag.parse(malformed) == .failure(.malformed), "\(malformed)")
        }
    }

    @Test func namesLanguagesInThemselves() throws {
        #expect(try LanguageTag.parse("es").get().nativeName == "Español")
        #expect(try LanguageTag.parse("pl").get().nativeName == "Polski")
        #expect(try LanguageTag.parse("ar").get().nativeName == "العربية")
        #expect(try LanguageTag.parse("zh-Hans").get().nativeName.hasPrefix("简体中文"))
    }

    @Test func knowsDirection() throws {
        #expect(try LanguageTag.parse("ar").get().isRightToLeft)
        #expect(try !LanguageTag.parse("es").get().isRightToLeft)
    }
}

extension Result where Success == LanguageTag, Failure == LanguageTag.Problem {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.success(let a), .success(let b)): a == b
        case (.failure(let a), .failure(let b)): a == b
        default: false
        }
    }
}
