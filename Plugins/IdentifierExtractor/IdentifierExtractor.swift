import ClaimsCore

/// Codes that name one thing: flight numbers (QV301, MH17, 航班号为QV301, 7C2216), aircraft and vehicle
/// models (ATR-72, A320, MA60). A code is written as one word: "ATR 72" and "Boeing 737" are a
/// name and a number; registrations with letters after the hyphen (VN-A322) are not read yet. A code is one to four capital Latin letters, a hyphen or
/// nothing, two to five digits, and at most two more capitals, standing alone between
/// non-alphanumerics (Han characters count as such: "ATR-72涡轮螺旋桨飞机"). One capital needs
/// three digits (A320, not G20 or U23); a currency code is money, not a code (USD500). An
/// airline designator may lead with a digit: a digit, one capital, three digits or more (7C2216).
///
/// A code's value is the code with its hyphens removed ("ATR72") and its `unit` the letters it
/// starts with, its series ("ATR"): codes of one series in reports of one story are the
/// candidates for the same thing.
public struct IdentifierExtractor: ClaimExtractor {
    public static let description = ModuleDescription(
        name: "identifiers",
        kind: .extractor,
        version: "1.0.0",
        languages: ["*"],
        summary: "Flight numbers, models and registrations: QV301, 航班号为QV301, ATR-72, A320."
    )

    let languages: ValueLanguages
    public var sentenceAbbreviations: Set<String> { languages.abbreviations }

    public init(languages: ValueLanguages) { self.languages = languages }

    public func extract(from document: Document) -> Extraction {
        let currencies = languages.language(document.language).lexicon.currencies
        return Extraction(mentions: IdentifierScanner.scan(document.scalars) { letters in
            var scalars = Array(letters.unicodeScalars)
            scalars.append(" ")
            return currencies.match(at: 0, in: scalars)?.end == scalars.count - 1
        })
    }
}

/// One pass over a text's scalars; see `IdentifierExtractor`.
public enum IdentifierScanner {
    /// Letters of a code's series, at most.
    static let maxLetters = 4
    static let digitRange = 2...5
    static let maxSuffix = 2

    static func isCapital(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }

    /// Whether a scalar joins a code to what stands beside it: a Latin letter or digit, or the
    /// marks of paths, addresses and decimals.
    static func joins(_ c: Unicode.Scalar) -> Bool {
        (ScalarClass.isLetter(c) && !ScalarClass.isHan(c)) || ScalarClass.digit(c) != nil
            || c == "_" || c == "/" || c == "@" || c == "-" || c == "."
    }

    /// The codes of `s`; `isCurrency` tells a currency code among a code's letters.
    public static func scan(_ s: [Unicode.Scalar], isCurrency: (String) -> Bool) -> [Mention] {
        var mentions: [Mention] = []
        var i = 0
        while i < s.count {
            // An airline designator may start with a digit: 7C2216, 3K531.
            if ScalarClass.asciiDigit(s[i]) != nil, i + 1 < s.count, isCapital(s[i + 1]), i == 0 || !joins(s[i - 1]),
               let found = code(at: i, in: s, isCurrency: isCurrency, leadingDigit: true) {
                mentions.append(found)
                i = found.span.end
                continue
            }
            guard isCapital(s[i]), i == 0 || !joins(s[i - 1]) else {
                i += 1
                continue
            }
            guard let found = code(at: i, in: s, isCurrency: isCurrency) else {
                // Skip the rest of this word: a code starts a word.
                i += 1
                while i < s.count, ScalarClass.isLetter(s[i]) && !ScalarClass.isHan(s[i]) || ScalarClass.digit(s[i]) != nil { i += 1 }
                continue
            }
            mentions.append(found)
            i = found.span.end
        }
        return mentions
    }

    static func code(at start: Int, in s: [Unicode.Scalar], isCurrency: (String) -> Bool, leadingDigit: Bool = false) -> Mention? {
        var k = leadingDigit ? start + 1 : start
        while k < s.count, isCapital(s[k]), k - start < maxLetters + 1 { k += 1 }
        let letters = k - start
        // A designator with a leading digit has exactly one letter after it, then three digits or more.
        guard letters >= 1, letters <= maxLetters, !leadingDigit || letters == 2 else { return nil }
        if k < s.count, s[k] == "-" { k += 1 }
        let digitStart = k
        while k < s.count, ScalarClass.asciiDigit(s[k]) != nil { k += 1 }
        let digits = k - digitStart
        guard digitRange.contains(digits), letters >= 2 || digits >= 3, !leadingDigit || (digits >= 3 && s[digitStart - 1] != "-") else { return nil }
        let suffixStart = k
        while k < s.count, isCapital(s[k]), k - suffixStart < maxSuffix + 1 { k += 1 }
        guard k - suffixStart <= maxSuffix else { return nil }
        // A code stands alone: not inside a word, a number ("AB12.5"), a path or a longer code.
        if k < s.count {
            let next = s[k]
            if next == "." || next == "," || next == "-" || next == "/" {
                if k + 1 < s.count, joins(s[k + 1]), s[k + 1] != "." { return nil }
            } else if joins(next) {
                return nil
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s[start..<k])
        let written = String(text)
        var series = String.UnicodeScalarView()
        series.append(contentsOf: s[start..<(start + letters)])
        guard !isCurrency(String(series)) else { return nil }
        let value = NormalizedValue(display: written.replacingOccurrences(of: "-", with: ""), unit: String(series))
        return Mention(kind: .identifier, span: TextSpan(start: start, end: k), text: written, value: value)
    }
}
