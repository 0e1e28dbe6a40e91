import ClaimsCore

/// Plain numbers and percentages written in Arabic digits (ASCII or full width), in any
/// language: `49%`, `４９％`, `1,000`, `13,5 phần trăm`, `12.5 percent`.
///
/// One pass over the document's scalars. A digit run is read with the language's separators
/// (Vietnamese groups thousands with `.` and writes decimals with `,`), then judged: runs that
/// belong to identifiers rather than figures are skipped. That covers model and product names
/// (GPT-4, Llama 2 70B, A320), URLs and file names, hashes, phone numbers, dates and clock
/// times (2023.06.17, 17/6/2023, 10:39, 2019年), and numbered navigation lists.
public struct ArabicNumeralExtractor: ClaimExtractor {
    public static let description = ModuleDescription(
        name: "arabic-numerals",
        kind: .extractor,
        version: "1.0.0",
        languages: ["*"],
        summary: "Plain numbers and percentages in Arabic digits, with product names, dates, URLs and list markers left out."
    )

    public init() {}

    public func extract(from document: Document) -> Extraction {
        var scanner = NumeralScanner(scalars: document.scalars, vietnameseSeparators: document.language == "vi")
        return Extraction(mentions: scanner.scan())
    }
}

/// The scanner behind `ArabicNumeralExtractor`, separate so tests can drive it on raw text.
public struct NumeralScanner {
    let s: [Unicode.Scalar]
    let vietnameseSeparators: Bool
    var mentions: [Mention] = []
    /// Where the last year (2019, năm 2023) ended, to read "2023 và 2024" as two years.
    var lastYearEnd = -100
    /// The line the scanner is in and whether it has any words; computed once a line.
    var lineRange = 0..<0
    var lineWords = true

    public init(scalars: [Unicode.Scalar], vietnameseSeparators: Bool) {
        self.s = scalars
        self.vietnameseSeparators = vietnameseSeparators
    }

    public init(text: String, language: String) {
        self.init(scalars: Array(text.unicodeScalars), vietnameseSeparators: language == "vi")
    }

    public mutating func scan() -> [Mention] {
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if ScalarClass.digit(c) == nil {
                if c == "h" || c == "w" || c == "H" || c == "W", let end = webAddressEnd(at: i) {
                    i = end
                } else {
                    i += 1
                }
                continue
            }
            i = number(at: i)
        }
        return mentions
    }

    // MARK: - Reading one number

    /// Reads the number starting at `start`, records it if it is a figure, and returns the
    /// index to continue from.
    mutating func number(at start: Int) -> Int {
        let n = s.count
        var j = start
        var integer: Double = 0
        var digitsInRun = 0
        var grouped = false
        var fraction: Double = 0
        var fractionScale: Double = 1
        let groupSeparator: Unicode.Scalar = vietnameseSeparators ? "." : ","
        let decimalSeparator: Unicode.Scalar = vietnameseSeparators ? "," : "."

        while j < n, let d = ScalarClass.digit(s[j]) {
            integer = integer * 10 + Double(d)
            digitsInRun += 1
            j += 1
        }
        var totalIntegerDigits = digitsInRun
        // Thousands groups: a separator followed by exactly three digits, with the leading run
        // at most three digits long.
        while j + 3 < n + 1, j < n, s[j] == groupSeparator, digitsInRun <= 3 || grouped,
              isDigitRun(from: j + 1, length: 3) {
            grouped = true
            for k in (j + 1)...(j + 3) { integer = integer * 10 + Double(ScalarClass.digit(s[k])!) }
            totalIntegerDigits += 3
            digitsInRun = 3
            j += 4
        }
        var hasFraction = false
        if j + 1 < n, s[j] == decimalSeparator, ScalarClass.digit(s[j + 1]) != nil {
            // In Vietnamese "1,000,000" is still a grouped thousand: a comma run of exactly three
            // digits followed by another such group is grouping, not decimals.
            hasFraction = true
            j += 1
            while j < n, let d = ScalarClass.digit(s[j]) {
                fractionScale /= 10
                fraction += Double(d) * fractionScale
                j += 1
            }
        }
        let end = j

        // Everything attached to the run that makes it an identifier, a date or a time.
        if let skipTo = identifierEnd(start: start, end: end) { return skipTo }
        if !grouped, !hasFraction, totalIntegerDigits >= 9 { return skipToken(from: end) } // phone numbers, ids
        if isListMarker(start: start, end: end) || !lineHasWords(around: start) { return end }
        if isCalendarPart(start: start, end: end, value: integer, plain: !grouped && !hasFraction) {
            lastYearEnd = end
            return end
        }
        if isParenthesisedIndex(start: start, end: end) || isRelativeTimestamp(after: end) { return end }

        let value = integer + fraction
        if let percentEnd = percentSuffix(after: end) {
            record(.percentage, start: start, end: percentEnd, value: value, unit: "percent")
            return percentEnd
        }
        if isProductName(start: start, end: end, plain: !grouped && !hasFraction && totalIntegerDigits <= 3) { return end }
        record(.number, start: start, end: end, value: value, unit: nil)
        return end
    }

    func isDigitRun(from index: Int, length: Int) -> Bool {
        guard index + length <= s.count else { return false }
        for k in index..<(index + length) where ScalarClass.digit(s[k]) == nil { return false }
        return index + length == s.count || ScalarClass.digit(s[index + length]) == nil
    }

    mutating func record(_ kind: MentionKind, start: Int, end: Int, value: Double, unit: String?) {
        let span = TextSpan(start: start, end: end)
        let text = String(String.UnicodeScalarView(s[start..<end]))
        let display = NumeralScanner.format(value) + (kind == .percentage ? "%" : "")
        mentions.append(Mention(kind: kind, span: span, text: text, value: NormalizedValue(display: display, number: value, unit: unit)))
    }

    /// A short, exact rendering: integers without a fraction, others with up to six places.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(value)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    // MARK: - Traps

    /// If the digits are glued to letters, paths or further separators, the end of that whole
    /// token (to skip it); nil when the run stands on its own.
    func identifierEnd(start: Int, end: Int) -> Int? {
        let n = s.count
        if start > 0 {
            let before = s[start - 1]
            if ScalarClass.isLetter(before) || "_/\\#@=&?~".unicodeScalars.contains(before) { return skipToken(from: end) }
            // GPT-4, COVID-19, v1.2: a dash or dot right after a letter or digit.
            if before == "-" || before == "." || before == "‐" || before == "–", start > 1,
               ScalarClass.isLetter(s[start - 2]) || ScalarClass.digit(s[start - 2]) != nil {
                return skipToken(from: end)
            }
        }
        guard end < n else { return nil }
        let after = s[end]
        // 70B, 4o, 3D, 5G: letters glued to the digits (a unit such as 5km is for the unit
        // extractors, not for plain numbers).
        if ScalarClass.isLetter(after) || after == "_" { return skipToken(from: end) }
        // 2023.06.17, 17/6/2023, 2023-06-17, 10:39, 1.2.3: separators followed by more digits.
        if "./-:：".unicodeScalars.contains(after) || after == "‐", end + 1 < n, ScalarClass.digit(s[end + 1]) != nil {
            return skipToken(from: end)
        }
        return nil
    }

    /// The end of the run of non-space characters starting at `index`.
    func skipToken(from index: Int) -> Int {
        var j = index
        while j < s.count, !ScalarClass.isWhitespace(s[j]), !ScalarClass.isHan(s[j]), !isClosingPunctuation(s[j]) { j += 1 }
        return max(j, index)
    }

    func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        "，。；！？、）」』”,;!?".unicodeScalars.contains(c)
    }

    /// `http://…`, `https://…`, `www.…`: skipped to the next white space.
    func webAddressEnd(at i: Int) -> Int? {
        if i > 0, ScalarClass.isLetter(s[i - 1]) { return nil }
        func matches(_ word: String) -> Bool {
            var k = i
            for expected in word.unicodeScalars {
                guard k < s.count, s[k].properties.lowercaseMapping == String(expected) else { return false }
                k += 1
            }
            return true
        }
        guard matches("http://") || matches("https://") || matches("www.") else { return nil }
        var j = i
        while j < s.count, !ScalarClass.isWhitespace(s[j]), !ScalarClass.isHan(s[j]) { j += 1 }
        return j
    }

    /// `1. Title`, `2、标题`, `3) Item` at the start of a line: list numbering, not a figure.
    func isListMarker(start: Int, end: Int) -> Bool {
        guard atLineStart(start), end < s.count else { return false }
        let after = s[end]
        guard after == "." || after == "、" || after == ")" || after == "）" || after == "．" else { return false }
        return end + 1 >= s.count || ScalarClass.isWhitespace(s[end + 1]) || ScalarClass.isHan(s[end + 1])
            || ScalarClass.isLetter(s[end + 1])
    }

    /// Whether the line around `index` has a word (a letter or a Han character). Lines of
    /// bare numbers and punctuation are navigation, pagination or list numbering, never claims.
    mutating func lineHasWords(around index: Int) -> Bool {
        if lineRange.contains(index) { return lineWords }
        var a = index
        while a > 0, !ScalarClass.isNewline(s[a - 1]) { a -= 1 }
        var b = index
        var words = false
        var k = a
        while k < s.count, !ScalarClass.isNewline(s[k]) {
            if !words, ScalarClass.isLetter(s[k]) || ScalarClass.isHan(s[k]) { words = true }
            k += 1
        }
        b = k
        lineRange = a..<b
        lineWords = words
        return words
    }

    /// (1), （2）: a caption or footnote index.
    func isParenthesisedIndex(start: Int, end: Int) -> Bool {
        guard start > 0, end < s.count, end - start <= 2 else { return false }
        return (s[start - 1] == "(" && s[end] == ")") || (s[start - 1] == "（" && s[end] == "）")
    }

    /// "7 hours ago", "3 giờ trước", "5分钟前": a page's timestamp, not a figure of the story.
    func isRelativeTimestamp(after end: Int) -> Bool {
        var j = end
        while j < s.count, s[j] == " " { j += 1 }
        var k = j
        while k < s.count, k - j < 24, !ScalarClass.isNewline(s[k]), !"，。,.".unicodeScalars.contains(s[k]) { k += 1 }
        let tail = String(String.UnicodeScalarView(s[j..<k])).lowercased()
        for unit in ["second", "minute", "min", "hour", "hr", "day", "week", "giây", "phút", "giờ", "ngày", "tuần"] {
            for marker in [" ago", " trước"] where tail.hasPrefix(unit + marker) || tail.hasPrefix(unit + "s" + marker) {
                return true
            }
        }
        for unit in ["秒前", "分钟前", "分鐘前", "小时前", "小時前", "天前", "周前", "週前"] where tail.hasPrefix(unit) { return true }
        return false
    }

    func atLineStart(_ index: Int) -> Bool {
        var k = index
        while k > 0, ScalarClass.isWhitespace(s[k - 1]), !ScalarClass.isNewline(s[k - 1]) { k -= 1 }
        return k == 0 || ScalarClass.isNewline(s[k - 1])
    }

    /// Parts of dates and times: 2019年, 7月, 17日, 3号, 10点, and Vietnamese "tháng 7",
    /// "năm 2019", "ngày 17"; bare years after "in", "since", "năm", "vào".
    func isCalendarPart(start: Int, end: Int, value: Double, plain: Bool) -> Bool {
        guard plain else { return false }
        var j = end
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, "年月日号號时時点點分秒".unicodeScalars.contains(s[j]) { return true }
        // 2023财年 / 2023財年: a fiscal year.
        if j + 1 < s.count, s[j] == "财" || s[j] == "財", s[j + 1] == "年" { return true }
        let previous = previousWord(before: start).lowercased()
        if ["tháng", "năm", "ngày", "giờ", "quý"].contains(previous) { return true }
        let isYear = value >= 1800 && value <= 2100 && end - start == 4
        // "2023 và 2024", "2019 and 2020": a year right after another year and a conjunction.
        if isYear && start - lastYearEnd <= 6 && start > lastYearEnd { return true }
        if isYear && ["in", "since", "by", "until", "from", "of", "vào", "từ", "đến", "trong", "early", "late", "mid"].contains(previous) { return true }
        return false
    }

    /// Llama 2, Office 365, Windows 11: a short number right after a capitalised Latin word in
    /// the middle of a sentence is part of a name. Month names are dates, not names.
    func isProductName(start: Int, end: Int, plain: Bool) -> Bool {
        guard plain else { return false }
        guard start >= 2, s[start - 1] == " " else { return false }
        var w = start - 1
        while w > 0, ScalarClass.isASCIILetter(s[w - 1]) { w -= 1 }
        guard w < start - 1, ScalarClass.isUppercase(s[w]) else { return false }
        if w > 0, ScalarClass.isLetter(s[w - 1]) || ScalarClass.digit(s[w - 1]) != nil { return false }
        let word = String(String.UnicodeScalarView(s[w..<(start - 1)])).lowercased()
        if Self.monthNames.contains(word) { return false }
        // At the start of a sentence a capital is only grammar ("About 5 people").
        var k = w
        while k > 0, ScalarClass.isWhitespace(s[k - 1]) { k -= 1 }
        if k == 0 || ".!?。！？\n\"“(（".unicodeScalars.contains(s[k - 1]) { return false }
        return true
    }

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    func previousWord(before index: Int) -> String {
        var j = index
        while j > 0, s[j - 1] == " " { j -= 1 }
        let end = j
        while j > 0, ScalarClass.isLetter(s[j - 1]) { j -= 1 }
        return String(String.UnicodeScalarView(s[j..<end]))
    }

    /// `%`, `％`, ` %`, ` phần trăm`, ` percent`, ` per cent` after the number: the end of the suffix.
    func percentSuffix(after end: Int) -> Int? {
        var j = end
        if j < s.count, s[j] == "%" || s[j] == "％" { return j + 1 }
        while j < s.count, s[j] == " " || s[j] == "\u{A0}" { j += 1 }
        guard j > end, j - end <= 1, j < s.count else { return nil }
        if s[j] == "%" || s[j] == "％" { return j + 1 }
        for word in ["phần trăm", "percent", "per cent"] {
            let scalars = Array(word.unicodeScalars)
            guard j + scalars.count <= s.count else { continue }
            var ok = true
            for (offset, expected) in scalars.enumerated() {
                let actual = s[j + offset]
                if actual != expected, !(ScalarClass.isUppercase(actual) && actual.properties.lowercaseMapping == String(expected)) {
                    ok = false
                    break
                }
            }
            let after = j + scalars.count
            if ok, after == s.count || !ScalarClass.isLetter(s[after]) { return after }
        }
        return nil
    }
}
