import KYRModel

/// Citations, form numbers, dates and digit runs.
extension FactExtractor {
    /// Statute citations: `5 ILCS 805/10`, `8 CFR 241.2(a)(1)`, `8 U.S.C. 1357`, `P.A. 104-0288`.
    mutating func scanCitations() {
        let keywords: [StaticString] = [" ILCS ", " CFR ", " U.S.C. ", " USC "]
        for keyword in keywords {
            var i = 0
            while i < text.count {
                guard text[i] == " ", hasPrefix(keyword, at: i), !masked[i + 1] else {
                    i += 1
                    continue
                }
                var start = i
                while start > 0, isDigit(text[start - 1]) { start -= 1 }
                var end = i + keyword.utf8CodeUnitCount
                if end < text.count, text[end] == "§" {
                    end += 1
                    if end < text.count, text[end] == " " { end += 1 }
                }
                let numberStart = end
                while end < text.count,
                    isDigit(text[end]) || "/.-()".unicodeScalars.contains(text[end])
                        || (text[end].isASCII && text[end].properties.isLowercase)
                {
                    end += 1
                }
                while end > numberStart,
                    ".,)(".unicodeScalars.contains(text[end - 1])
                        && !(text[end - 1] == ")" && string(numberStart..<end).contains("("))
                { end -= 1 }
                if start < i, end > numberStart {
                    let written = string(start..<end)
                    add(
                        .citation,
                        written.split(separator: " ").joined(separator: " ").replacingOccurrences("U.S.C.", "USC")
                            .replacingOccurrences("§ ", ""), start..<end)
                }
                i = max(end, i + 1)
            }
        }
        var i = 0
        while i < text.count {
            if text[i] == "P", hasPrefix("P.A. ", at: i), !masked[i], i + 5 < text.count, isDigit(text[i + 5]) {
                var end = i + 5
                while end < text.count, isDigit(text[end]) || text[end] == "-" { end += 1 }
                add(.citation, string(i..<end), i..<end)
                i = end
            }
            i += 1
        }
    }

    /// Form numbers such as `I-205`, `I-862`, `AO 442`, `G-28`, and bills such as `HB 3247`.
    mutating func scanForms() {
        let prefixes: [(StaticString, StaticString, String)] = [
            ("EOIR-", "EOIR ", "EOIR"), ("AO-", "AO ", "AO"), ("DS-", "DS ", "DS"), ("HB-", "HB ", "HB"),
            ("SB-", "SB ", "SB"),
            ("SF-", "SF ", "SF"), ("I-", "I ", "I"), ("G-", "G ", "G"), ("N-", "N ", "N"),
        ]
        var i = 0
        while i < text.count {
            // Only an upper-case ASCII letter after a non-letter can start a form number.
            guard text[i].value >= 65, text[i].value <= 90, !masked[i], i == 0 || !text[i - 1].properties.isAlphabetic,
                let prefix = prefixes.first(where: { hasPrefix($0.0, at: i) || hasPrefix($0.1, at: i) })?.2
            else {
                i += 1
                continue
            }
            let digitsStart = i + prefix.count + 1
            var end = digitsStart
            while end < text.count, isDigit(text[end]) { end += 1 }
            let count = end - digitsStart
            if (1...5).contains(count), end == text.count || !isDigit(text[end]),
                count >= 2 || prefix == "G" || prefix == "N"
            {
                if end < text.count, text[end].isASCII, text[end].properties.isUppercase { end += 1 }
                add(.form, prefix + "-" + asciiDigits(digitsStart..<end), i..<end)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// Digit runs in any script: ISO dates, phone numbers (7+ digits with separators), numbers.
    mutating func scanDigitRuns() {
        var i = 0
        while i < text.count {
            guard !masked[i], isDigit(text[i]), i == 0 || !isDigit(text[i - 1]) else {
                i += 1
                continue
            }
            var start = i
            if start > 0, text[start - 1] == "+" || text[start - 1] == "(" { start -= 1 }
            var end = i
            var separators: [Unicode.Scalar] = []
            while end < text.count {
                if isDigit(text[end]), !masked[end] {
                    end += 1
                    continue
                }
                let s = text[end]
                let joins = " -.()\u{A0}\u{202F},/".unicodeScalars.contains(s)
                let next = end + 1 < text.count && isDigit(text[end + 1]) && !masked[end + 1]
                let parenThenSpace = s == ")" && end + 2 < text.count && text[end + 1] == " " && isDigit(text[end + 2])
                if joins && next {
                    separators.append(s)
                    end += 1
                } else if parenThenSpace {
                    separators.append(s)
                    end += 2
                } else {
                    break
                }
            }
            classify(start..<end, separators: separators)
            i = end
        }
    }

    private mutating func classify(_ range: Range<Int>, separators: [Unicode.Scalar]) {
        let written = string(range)
        let digits = asciiDigits(range)
        var groups: [Int] = []
        var run = 0
        for k in range {
            if isDigit(text[k]) {
                run += 1
            } else if run > 0 {
                groups.append(run)
                run = 0
            }
        }
        if run > 0 { groups.append(run) }
        if groups.count == 3, groups == [4, 2, 2], separators.allSatisfy({ $0 == "-" }) {
            add(.date, digits.prefix(4) + "-" + digits.dropFirst(4).prefix(2) + "-" + digits.suffix(2), range)
            return
        }
        let thousands =
            groups.count > 1 && groups.dropFirst().allSatisfy { $0 == 3 } && (groups.first ?? 0) <= 3
            && Set(separators).count == 1 && ",. \u{A0}\u{202F}".unicodeScalars.contains(separators[0])
        if thousands {
            add(.number, String(Int(digits) ?? 0), range)
            return
        }
        let phoneSeparators = separators.allSatisfy { " -.()\u{A0}".unicodeScalars.contains($0) }
        if digits.count >= 7, digits.count <= 15, phoneSeparators,
            separators.count >= 1 || written.hasPrefix("+") || digits.count >= 10
        {
            var value = digits
            if value.count == 11, value.hasPrefix("1") { value.removeFirst() }
            add(.phone, value, range)
            return
        }
        // Not one value: each group is a number of its own ("6-10", "12/2025").
        var k = range.lowerBound
        while k < range.upperBound {
            guard isDigit(text[k]) else {
                k += 1
                continue
            }
            var e = k
            while e < range.upperBound, isDigit(text[e]) { e += 1 }
            add(.number, String(Int(asciiDigits(k..<e)) ?? 0), k..<e)
            k = e
        }
    }

    func isDigit(_ s: Unicode.Scalar) -> Bool { Self.isDigit(s) }

    /// A decimal digit of any script. Whole blocks that hold none (Latin, Cyrillic, Greek,
    /// Hebrew, CJK, kana, Hangul) are ruled out before asking for the scalar's properties,
    /// which is what most scalars of a Chinese or Korean text would otherwise cost.
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 48 && v <= 57 }
        if v < 0x660 || (0x2000..<0xA620).contains(v) || (0xAC00..<0xFF10).contains(v) { return false }
        return s.properties.numericType == .decimal
    }

    /// Digits of any script as ASCII, so `١٢٣` and `123` compare equal.
    func asciiDigits(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        for s in text[range] where isDigit(s) {
            if s.value < 128 {
                out.append(UInt8(s.value))
            } else if let v = s.properties.numericValue {
                out.append(UInt8(48 + Int(v)))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
