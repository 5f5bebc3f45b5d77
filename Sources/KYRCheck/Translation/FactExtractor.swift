import KYRModel

/// Finds the facts in a unit's text without regular expressions (this runs on every unit of
/// every language): addresses first, then citations, form numbers and dates, then digit runs,
/// masking what each pass took so later passes do not count it twice.
package struct FactExtractor {
    var text: [Unicode.Scalar]
    var masked: [Bool]
    private(set) var facts: [Fact] = []
    /// Which passes can find anything, from one byte scan: each pass needs an ASCII character
    /// that most texts lack.
    private let hints: Hints

    /// What one scan of a text's UTF-8 tells about it.
    struct Hints {
        /// `{` or `]`: a variable or a link target to mask.
        var markup = false
        /// `{`: the text may use variables.
        var brace = false
        /// `@`, or `http`/`www` in any case.
        var address = false
        /// `C` or `P`: every citation keyword (ILCS, CFR, U.S.C., USC, P.A.) has one.
        var citation = false
        var asciiDigit = false
        var nonASCII = false

        init(_ raw: String) {
            var raw = raw  // withUTF8 is mutating; a native string is not copied
            self = raw.withUTF8 { Hints(bytes: $0) }
        }

        private init(bytes: UnsafeBufferPointer<UInt8>) {
            var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
            for unit in bytes {
                switch unit {
                case UInt8(ascii: "{"):
                    markup = true
                    brace = true
                case UInt8(ascii: "]"): markup = true
                case UInt8(ascii: "@"): address = true
                case UInt8(ascii: "C"), UInt8(ascii: "P"): citation = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): asciiDigit = true
                case 0x80...: nonASCII = true
                default: break
                }
                let byte = unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit  // ASCII letters folded: "HTTP://" counts
                if byte == UInt8(ascii: "p"), previous == (UInt8(ascii: "h"), UInt8(ascii: "t"), UInt8(ascii: "t")) {
                    address = true
                }
                if byte == UInt8(ascii: "w"), previous.1 == UInt8(ascii: "w"), previous.2 == UInt8(ascii: "w") {
                    address = true
                }
                previous = (previous.1, previous.2, byte)
            }
        }

        /// Every fact has a digit (of any script), an '@' or a web address: most sentences
        /// have none. Only a text with non-ASCII and no ASCII digit needs its scalars decoded.
        func mayHoldFacts(_ raw: String) -> Bool {
            asciiDigit || address || (nonASCII && raw.unicodeScalars.contains(where: FactExtractor.isDigit))
        }
    }

    /// The facts of `text`, including the values of the variables it uses.
    package static func facts(in text: InlineText, variables: [String: Variable]) -> [Fact] {
        let hints = Hints(text.raw)
        var facts: [Fact] = []
        if hints.mayHoldFacts(text.raw) {
            var extractor = FactExtractor(raw: text.raw, hints: hints)
            extractor.run()
            facts = extractor.facts
        }
        // Texts without a brace use no variables: no need to walk their nodes.
        guard hints.brace else { return facts }
        for reference in text.variableReferences {
            guard let variable = variables[reference.name] else { continue }
            var inner = FactExtractor(raw: variable.value)
            inner.run()
            facts += inner.facts.map {
                Fact(
                    kind: $0.kind, value: $0.value, written: "{\(reference.name)}", offset: -1, variable: reference.name
                )
            }
            if variable.kind == .email || variable.kind == .url, inner.facts.isEmpty {
                facts.append(
                    Fact(
                        kind: variable.kind == .email ? .email : .url, value: variable.value.lowercased(),
                        written: "{\(reference.name)}", offset: -1, variable: reference.name))
            }
        }
        return facts
    }

    /// Whether `raw` may hold a fact at all (see `Hints.mayHoldFacts`).
    static func mayHoldFacts(_ raw: String) -> Bool {
        Hints(raw).mayHoldFacts(raw)
    }

    /// The facts of plain text (no variable values).
    package static func facts(inRaw raw: String) -> [Fact] {
        var extractor = FactExtractor(raw: raw)
        extractor.run()
        return extractor.facts
    }

    init(raw: String, hints: Hints? = nil) {
        self.hints = hints ?? Hints(raw)
        text = Array(raw.unicodeScalars)
        masked = Array(repeating: false, count: text.count)
    }

    mutating func run() {
        if hints.markup { maskMarkupTargets() }
        if hints.address { scanAddresses() }
        if hints.citation { scanCitations() }
        scanForms()
        scanDigitRuns()
        facts.sort { ($0.offset, $0.kind) < ($1.offset, $1.kind) }
    }

    // MARK: - Masks

    /// Link targets and `{variables}` are compared by their own checks.
    mutating func maskMarkupTargets() {
        var i = 0
        while i < text.count {
            if text[i] == "\\" {
                i += 2
                continue
            }
            if text[i] == "]", i + 1 < text.count, text[i + 1] == "(" {
                var j = i + 2
                while j < text.count, text[j] != ")", !text[j].isUnicodeWhitespace { j += 1 }
                mask(i..<min(j + 1, text.count))
                i = j
            } else if text[i] == "{", let close = text[i..<min(text.count, i + 67)].firstIndex(of: "}") {
                mask(i..<(close + 1))
                i = close
            }
            i += 1
        }
    }

    mutating func mask(_ range: Range<Int>) {
        for k in range where k < masked.count { masked[k] = true }
    }

    func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in text[range] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func add(_ kind: Fact.Kind, _ value: String, _ range: Range<Int>) {
        // A plain number is written as its value: share that string instead of building another.
        let written = kind == .number && range.count == value.utf8.count ? value : string(range)
        facts.append(Fact(kind: kind, value: value, written: written, offset: range.lowerBound))
        mask(range)
    }

    // MARK: - Addresses

    mutating func scanAddresses() {
        var i = 0
        while i < text.count {
            if !masked[i], startsURL(at: i) {
                var j = i
                while j < text.count, !text[j].isUnicodeWhitespace, !"<>\"'".unicodeScalars.contains(text[j]) { j += 1 }
                while j > i, ".,;:!?)]*_".unicodeScalars.contains(text[j - 1]) { j -= 1 }
                let url = string(i..<j)
                var value = url.lowercased()
                if value.hasSuffix("/") { value.removeLast() }
                add(.url, value, i..<j)
                i = j
            } else if !masked[i], text[i] == "@" {
                var start = i
                var end = i + 1
                while start > 0, isEmailLocal(text[start - 1]) { start -= 1 }
                while end < text.count, isEmailDomain(text[end]) { end += 1 }
                while end > i + 1, text[end - 1] == "." { end -= 1 }
                let domain = string((i + 1)..<end)
                if start < i, domain.contains(".") {
                    add(.email, string(start..<end).lowercased(), start..<end)
                    i = end
                    continue
                }
            }
            i += 1
        }
    }

    func startsURL(at i: Int) -> Bool {
        guard i == 0 || !text[i - 1].isASCIILetterOrDigit else { return false }
        let first = text[i].value | 0x20
        guard first == 0x68 || first == 0x77 else { return false }  // h, w
        return hasPrefix("https://", at: i, caseInsensitive: true) || hasPrefix("http://", at: i, caseInsensitive: true)
            || hasPrefix("www.", at: i, caseInsensitive: true)
    }

    func isEmailLocal(_ s: Unicode.Scalar) -> Bool { s.isASCIILetterOrDigit || "._%+-".unicodeScalars.contains(s) }
    func isEmailDomain(_ s: Unicode.Scalar) -> Bool { s.isASCIILetterOrDigit || ".-".unicodeScalars.contains(s) }

    /// Whether `prefix` (ASCII) starts at `i`; `caseInsensitive` folds ASCII letters. Works on
    /// UTF-8 bytes of a static string so the hot loops allocate nothing.
    func hasPrefix(_ prefix: StaticString, at i: Int, caseInsensitive: Bool = false) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= text.count else { return false }
        return prefix.withUTF8Buffer { bytes in
            for k in 0..<count {
                let a = text[i + k].value
                let b = UInt32(bytes[k])
                if a == b { continue }
                if caseInsensitive, a >= 65, a <= 90, a + 32 == b { continue }
                return false
            }
            return true
        }
    }
}
