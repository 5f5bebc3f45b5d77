/// The `Plural-Forms` header of a language, as gettext and CLDR define it. kyr has no plural
/// messages, but a PO header without the field makes tools guess (and some refuse the file).
enum PluralForms {
    static func header(for language: String) -> String {
        let primary = language.split(separator: "-").first.map { String($0).lowercased() } ?? language
        switch primary {
        case "zh", "ko", "ja", "vi", "th", "id", "ms", "lo", "my", "km":
            return "nplurals=1; plural=0;"
        case "fr", "hi",
            "pt" where language != "pt-PT", "bn", "fa", "am":
            return "nplurals=2; plural=(n > 1);"
        case "tl", "fil":
            return "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9));"
        case "pl":
            return "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        case "uk", "ru", "be", "sr", "hr", "bs":
            return
                "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        case "ar":
            return
                "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        default:
            return "nplurals=2; plural=(n != 1);"
        }
    }
}
