import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

/// Wrapping plain text in the eight scripts of the bundled languages: golden files at 40
/// cells, and the rules a naive wrapper breaks (grapheme clusters, CJK closing punctuation,
/// Korean words, addresses, hanging indents).
@Suite struct TextWrapperTests {
    static func tag(_ identifier: String) -> LanguageTag { try! LanguageTag.parse(identifier).get() }

    /// Per language: a paragraph, a numbered step, a phrase to say (indented), a warning, a bullet
    /// with a long address; lines from the bundled guides.
    static let samples: [String: [String]] = [
        "en": [
            "You do not have to open the door. Talk through the door, ask to see a warrant signed by a judge, and stay calm.",
            "1. A warrant from a judge names a court at the top, such as \"United States District Court.\"",
            "    Do you have a warrant signed by a judge? Please slide it under the door.",
            "! Warning: Immigration agents often say they are \"police.\" Ask which agency they are from.",
            "- https://knowyourrights.immdefense.org/en/categories/ice-is-here/articles/what-do-i-do",
            "Call the ICIRR Family Support Hotline at 1-855-435-7693 to report ICE activity.",
        ],
        "es": [
            "No tiene que abrir la puerta. Hable a través de la puerta, pida ver una orden firmada por un juez y mantenga la calma.",
            "Diga esto:",
            "    ¿Tienen una orden firmada por un juez? Por favor, pásela por debajo de la puerta o muéstrela en la ventana.",
            "Diga o muestre esto en inglés:",
            "    Do you have a warrant signed by a judge? Please slide it under the door.",
            // Decomposed accents (e + U+0301): the mark stays with its letter.
            "Café con leche, canción, corazón, nación, razón, acción, atención, información.",
        ],
        "pl": [
            "Nie musi Pan/Pani otwierać drzwi. Proszę rozmawiać przez drzwi, poprosić o pokazanie nakazu podpisanego przez sędziego i zachować spokój.",
            "1. Proszę nie otwierać drzwi. Proszę rozmawiać z agentami przez zamknięte drzwi.",
            "    Czy mają Państwo nakaz podpisany przez sędziego? Proszę wsunąć go pod drzwi albo pokazać w oknie.",
        ],
        "zh-Hans": [
            "您不必开门。隔着门说话，要求查看由法官签署的令状（warrant），并保持冷静。",
            "这样说：",
            "    你们有法官签署的令状吗？请把它从门缝下塞进来，或者举到窗户前给我看。",
            "! 警告：移民执法人员常常说自己是“警察”（police）。问清楚他们来自哪个机构。",
            // 19 ideographs and a full stop: a naive wrapper starts the second line with 。
            "一二三四五六七八九十一二三四五六七八九十。二",
        ],
        "ar": [
            "لستَ مضطرًا إلى فتح الباب. تحدّث من وراء الباب، واطلب أن ترى مذكرة موقّعة من قاضٍ، وحافظ على هدوئك.",
            "قل هذا:",
            "    هل معكم مذكرة موقّعة من قاضٍ؟ من فضلكم مرّروها من تحت الباب أو ارفعوها أمام النافذة.",
            "1. لا تفتح الباب. تحدّث مع العملاء من وراء الباب المغلق. اتصل بالرقم 1-855-435-7693.",
        ],
        "ko": [
            "문을 열어 줄 필요가 없습니다. 문을 닫은 채 대화하고, 판사가 서명한 영장(warrant)을 보여 달라고 요청하고, 침착함을 유지하세요.",
            "이렇게 말하세요:",
            "    판사가 서명한 영장이 있습니까? 문 밑으로 밀어 넣어 주시거나 창문에 대고 보여 주십시오.",
        ],
        "uk": [
            "Ви не зобов'язані відчиняти двері. Говоріть через двері, попросіть показати ордер, підписаний суддею, і зберігайте спокій.",
            "    У вас є ордер, підписаний суддею? Будь ласка, просуньте його під двері або покажіть у вікно.",
            "! Увага: Агенти імміграційної служби часто кажуть, що вони «поліція».",
        ],
        "hi": [
            "आपको दरवाज़ा खोलने की ज़रूरत नहीं है। दरवाज़े के पीछे से बात करें, जज के हस्ताक्षर वाला वारंट दिखाने को कहें, और शांत रहें।",
            "    क्या आपके पास जज के हस्ताक्षर वाला वारंट है? कृपया उसे दरवाज़े के नीचे से अंदर सरका दें।",
            // One word of conjuncts and vowel signs wider than the line: cut only between clusters.
            "क्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रिय",
        ],
    ]

    static let width = 40

    @Test(arguments: ["en", "es", "pl", "zh-Hans", "ar", "ko", "uk", "hi"])
    func wrapsEveryScript(_ language: String) throws {
        var sample = try #require(Self.samples[language])
        if language == "es" { sample[5] = sample[5].replacingOccurrences(of: "é", with: "e\u{0301}") }
        let wrapper = TextWrapper(width: Self.width, language: Self.tag(language))
        let wrapped = wrapper.wrap(sample.joined(separator: "\n"))
        for line in wrapped.split(separator: "\n") where !line.contains("://") {
            #expect(DisplayWidth.of(line) <= Self.width, "\(language): \(line)")
        }
        // Nothing lost or reordered: the words of the wrapped text are the words of the sample.
        #expect(words(wrapped) == words(sample.joined(separator: "\n")) || language == "zh-Hans" || language == "hi")
        #expect(
            wrapped.replacingOccurrences(of: "\n", with: "").filter { !$0.isWhitespace }
                == sample.joined().filter { !$0.isWhitespace })
        let ruler = String("----+----1----+----2----+----3----+----4".prefix(Self.width))
        try Golden.check(ruler + "\n" + wrapped + "\n", matches: "text/wrap/\(language).txt")
    }

    func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// No line starts with a closing mark: a naive wrapper at 20 ideographs (40 cells) would put
    /// `。` alone at the start of the second line.
    @Test func noClosingPunctuationStartsALineInChinese() {
        let wrapper = TextWrapper(width: 40, language: Self.tag("zh-Hans"))
        let lines = wrapper.wrap(line: "一二三四五六七八九十一二三四五六七八九十。二")
        #expect(lines == ["一二三四五六七八九十一二三四五六七八九", "十。二"])
        for text in Self.samples["zh-Hans"]! {
            for width in 10...40 {
                for line in TextWrapper(width: width, language: Self.tag("zh-Hans")).wrap(line: Substring(text))
                    .dropFirst()
                {
                    let first = line.drop { $0 == " " }.first
                    #expect(!"。，、：；！？）」』”".contains(first ?? "a"), "width \(width): \(line)")
                }
            }
        }
    }

    /// A word wider than the line is cut between user-perceived characters; cutting at 10 cells
    /// by scalars would split a conjunct (क्ष is क, virama, ष) or a vowel sign from its consonant.
    @Test func neverBreaksInsideAGraphemeCluster() {
        let word = "क्षत्रियक्षत्रियक्षत्रिय"
        let naive = String(String.UnicodeScalarView(word.unicodeScalars.prefix(10)))
        #expect(!word.hasPrefix(naive) || naive.last != word[word.index(word.startIndex, offsetBy: naive.count - 1)])
        let lines = TextWrapper(width: 10, language: Self.tag("hi")).wrap(line: Substring(word))
        #expect(lines.count > 1)
        #expect(lines.joined() == word)
        let boundaries = Set(
            word.indices.map { word.unicodeScalars.distance(from: word.unicodeScalars.startIndex, to: $0) })
        var offset = 0
        for line in lines {
            #expect(boundaries.contains(offset), "a line starts inside a cluster: \(line)")
            #expect(DisplayWidth.of(line) <= 10)
            offset += line.unicodeScalars.count
        }
        // An emoji sequence and a flag are not split either.
        let emoji = "👨‍👩‍👧 🇺🇸 👨‍👩‍👧 🇺🇸 👨‍👩‍👧 🇺🇸"
        for line in TextWrapper(width: 6, language: .english).wrap(line: Substring(emoji)) {
            #expect(line.allSatisfy { $0 == "👨‍👩‍👧" || $0 == "🇺🇸" || $0 == " " }, "\(line)")
        }
    }

    /// Korean is written with spaces between words: lines break there, not between syllables.
    @Test func koreanKeepsItsWordsTogether() {
        let text = "문을 열어 줄 필요가 없습니다. 문을 닫은 채 대화하고, 판사가 서명한 영장을 보여 달라고 요청하세요."
        let words = Set(text.split(separator: " "))
        for width in 12...40 {
            for line in TextWrapper(width: width, language: Self.tag("ko")).wrap(line: Substring(text)) {
                for word in line.split(separator: " ") { #expect(words.contains(word), "width \(width): \(line)") }
            }
        }
    }

    /// Continuation lines keep the line's indentation and list marker.
    @Test func keepsHangingIndents() {
        let wrapper = TextWrapper(width: 30, language: .english)
        #expect(
            wrapper.wrap(line: "12. Afterward, write down what happened and call the hotline.") == [
                "12. Afterward, write down what", "    happened and call the", "    hotline.",
            ])
        #expect(
            wrapper.wrap(line: "    I will not sign anything until I talk to a lawyer.") == [
                "    I will not sign anything", "    until I talk to a lawyer.",
            ])
        #expect(
            wrapper.wrap(line: "! Warning: Do not resist or fight, even if the entry is illegal.") == [
                "! Warning: Do not resist or", "  fight, even if the entry is", "  illegal.",
            ])
        #expect(
            wrapper.wrap(line: "Tip: no marker here, so lines start at the margin.") == [
                "Tip: no marker here, so lines", "start at the margin.",
            ])
    }

    /// Addresses are not broken after `/` or `-`, and phone numbers not after their hyphens.
    @Test func keepsAddressesAndPhoneNumbersWhole() {
        let wrapper = TextWrapper(width: 30, language: .english)
        let url = "https://www.kdnk.org/local-news/2025-02-24/what-to-do-if-ice-comes-to-your-home"
        #expect(wrapper.wrap(line: Substring("See " + url + " today.")) == ["See", url, "today."])
        #expect(
            wrapper.wrap(line: "Call the hotline now at 1-855-435-7693.") == [
                "Call the hotline now at", "1-855-435-7693.",
            ])
    }

    @Test func widthZeroLeavesTextAsItIs() {
        let text = String(repeating: "a long line ", count: 20)
        #expect(TextWrapper(width: 0, language: .english).wrap(text) == text)
    }

    /// Terminal cells from ICU's East Asian Width and general category.
    @Test func displayWidths() {
        #expect(DisplayWidth.of("door") == 4)
        #expect(DisplayWidth.of("开门。") == 6)
        #expect(DisplayWidth.of("（ICE）") == 7)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("لستَ") == 3)
        #expect(DisplayWidth.of("문을") == 4)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2, "conjoining jamo make one wide syllable")
        #expect(DisplayWidth.of("कि") == 2, "a spacing vowel sign takes a cell, as wcwidth counts it")
        #expect(DisplayWidth.of("की") == 2)
        #expect(DisplayWidth.of("कं") == 1, "a nonspacing mark takes none")
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇺🇸") == 2)
        #expect(DisplayWidth.of("☎️") == 2)
        #expect(DisplayWidth.of("\u{00A0}") == 1)
    }
}
