import ClaimsCore
import Foundation

/// Amounts: plain numbers with their scale (6.5亿, 10 tỷ, $10 billion), money with its
/// currency, percentages and percentage points, and counts with the thing counted
/// (2亿月度用户, 13 triệu lượt truy cập), each with the hedge that bends it into an interval
/// (超过, hơn, more than, 约, khoảng, about, 至少, ít nhất, at least, 不到, dưới, less than) and
/// vague magnitudes (数十亿, hàng trăm nghìn, billions of) as wide ranges.
///
/// Dates, durations, multipliers and ranks are left to their own modules; page furniture and
/// identifiers (GPT-4, Llama 2 70B, URLs, phone numbers, list numbering) to nobody.
public struct QuantityExtractor: ClaimExtractor {
    public static let description = ModuleDescription(
        name: "quantities",
        kind: .extractor,
        version: "1.0.0",
        languages: ["*"],
        summary: "Numbers, money, percentages and counts with scale words, currencies, hedges and vague magnitudes."
    )

    let languages: ValueLanguages
    public var sentenceAbbreviations: Set<String> { languages.abbreviations }

    public init(languages: ValueLanguages) { self.languages = languages }

    public func extract(from document: Document) -> Extraction {
        var scanner = QuantityScanner(scalars: document.scalars, language: languages.language(document.language))
        return Extraction(mentions: scanner.scan())
    }
}

/// One pass over a document's scalars; see `QuantityExtractor`.
public struct QuantityScanner {
    let s: [Unicode.Scalar]
    // The language's parts are held directly: reading them through a computed property would
    // copy the whole lexicon (and retain every table in it) at each use in the hot loop.
    let lexicon: ValueLexicon
    let reader: NumeralReader
    let triggers: ScalarSet
    let numberWords: WordFilter
    let traps: TextTraps
    var wordless = WordlessLines()
    var lastYearEnd = -100
    var mentions: [Mention] = []

    public init(scalars: [Unicode.Scalar], language: ValueLanguage) {
        self.s = scalars
        self.lexicon = language.lexicon
        self.reader = language.reader
        self.triggers = language.triggers
        self.numberWords = language.amountWords
        self.traps = TextTraps(scalars, words: language.lexicon.traps)
    }

    public mutating func scan() -> [Mention] {
        // Values start at digits, Han numerals and number words; prefixes written before
        // them (US$, 人民币, 百分之, thứ) are found by looking back from the numeral, so
        // ordinary words never reach the slower checks.
        let triggers = self.triggers
        let numberWords = self.numberWords
        let s = self.s
        CandidateWalk.walk(s, traps: traps,
                           hanTrigger: { triggers.contains(s[$0]) },
                           wordTrigger: { numberWords.mayStart(word: $0, in: s) },
                           candidate: { candidate(at: $0) })
        return mentions
    }

    // MARK: - One candidate

    /// Reads the value starting at `position`; returns where scanning goes on, or nil if nothing is here.
    mutating func candidate(at position: Int) -> Int? {
        // Idioms written with numerals: 十分, 一些 (starting here), 统一, 唯一, 第三方 (a
        // character earlier), một số.
        if let idiom = lexicon.idioms.match(at: position, in: s) { return idiom.end }
        if position > 0, ScalarClass.isHan(s[position - 1]), let idiom = lexicon.idioms.match(at: position - 1, in: s) { return idiom.end }
        guard var numeral = reader.read(at: position, in: s) else { return nil }
        if let range = dashRange(from: numeral) ?? wordRange(from: numeral) { numeral = range }
        // thirty first, twenty-fifth: an ordinal in words is a rank or a day, not a count.
        if numeral.form == .words, let ordinal = reader.ordinalWord(at: numeral.start, in: s), ordinal.end > numeral.end { return ordinal.end }
        let start = min(position, numeral.start) // a minus sign before the digits
        let before = start > 0 && (s[start - 1] == " " || s[start - 1] == "\u{A0}") ? start - 1 : start
        // on 3/4, ngày 3/4: a day and a month after their cue belong to the dates module.
        if numeral.isWrittenFraction, s[numeral.start..<numeral.end].contains(where: { $0 == "/" || $0 == "／" }),
           lexicon.dates.dayCues.match(endingAt: before, in: s) != nil { return numeral.end }
        // 第18, thứ 18, No. 1: ranks belong to the ranks module.
        if lexicon.rankPrefixes.match(endingAt: before, in: s) != nil { return numeral.end }
        // 百分之四十九: a percentage written before its number.
        if let prefix = lexicon.percentPrefixes.match(endingAt: start, in: s) {
            return record(.percentage, start: prefix.start, numeral: numeral, end: afterHedge(numeral.end), unit: "percent",
                          hedgeAfter: hedgeAfter(numeral.end), prefixHedgeFrom: prefix.start)
        }
        // $10 billion, US$ 5, USD 300, 人民币5000亿元: a currency before the number.
        var currency: String?
        var valueStart = start
        if numeral.form == .digits, let code = lexicon.currencies.match(endingAt: before, in: s), !isUnitOfAmountBefore(code.start) {
            currency = code.value
            valueStart = code.start
        }
        // 10km, 5kg, 20m: a unit glued to its digits is what they measure, not part of a code.
        if currency == nil, numeral.form == .digits, !numeral.isScaled, let unit = gluedUnit(at: numeral.end) {
            let text = String(scalars: s[numeral.end..<unit])
            return record(.count, start: start, numeral: numeral, end: unit, unit: text, hedgeAfter: nil, prefixHedgeFrom: start)
        }
        if let skip = trap(numeral, currencyBefore: currency != nil) { return skip }
        if let currency {
            // 人民币5000亿元: the currency said again after the number belongs to the value.
            var end = numeral.end
            if let again = lexicon.currencies.match(at: end, in: s), again.value == currency { end = again.end }
            // $15 and 50 cents, £3 and 20 pence
            var numeral = numeral
            if !numeral.isScaled, !numeral.isVague, !numeral.hasFraction, let minor = minorPart(after: end, currency: currency) {
                (numeral.value, numeral.low, numeral.high) = (numeral.value + minor.add, numeral.low + minor.add, numeral.high + minor.add)
                end = minor.end
            }
            var hedge: Hedge?
            if let after = lexicon.hedgesAfter.match(at: end, in: s) {
                hedge = after.value
                end = after.end
            }
            return record(.money, start: valueStart, numeral: numeral, end: end, unit: currency, hedgeAfter: hedge, prefixHedgeFrom: valueStart)
        }
        let i = valueStart

        var end = numeral.end
        var hedgeAfter: Hedge?
        // 十 余 萬: a Chinese numeral's hedge and large unit may be spaced as its characters are.
        let spaced = numeral.form == .han && end > 0 && ScalarClass.isHan(s[end - 1])
        if let hedge = lexicon.hedgesAfter.match(at: end, in: s) ?? (spaced ? lexicon.hedgesAfter.match(spacedAt: end, in: s) : nil) {
            hedgeAfter = hedge.value
            end = hedge.end
            // 一千多万, 500余万: the large unit after the hedge is the number's.
            if !numeral.isScaled, let scale = lexicon.scales.match(at: end, in: s) ?? (spaced ? lexicon.scales.match(spacedAt: end, in: s) : nil),
               ScalarClass.isHan(s[scale.end - 1]) {
                (numeral.value, numeral.low, numeral.high) = (numeral.value * scale.value, numeral.low * scale.value, numeral.high * scale.value)
                numeral.isScaled = true
                numeral.end = scale.end
                end = scale.end
            }
        }
        // 千分之五, 一百分之二: a fraction of a thousand or a hundred is a rate, in percent.
        if let denominator = numeral.denominator, denominator == 100 || denominator == 1000 || denominator == 10000 {
            var rate = numeral
            (rate.value, rate.low, rate.high) = (rate.value * 100, rate.low * 100, rate.high * 100)
            return record(.percentage, start: i, numeral: rate, end: end, unit: "percent", hedgeAfter: hedgeAfter, prefixHedgeFrom: i)
        }
        // 49%, 49 phần trăm, 49 percent, 3个百分点, 3 percentage points; 3%以下, 50%左右.
        let k = skipSpace(end, latinOnly: true)
        if let points = lexicon.percentagePoints.match(at: k, in: s) {
            return record(.percentage, start: i, numeral: numeral, end: afterHedge(points.end), unit: "percentage points",
                          hedgeAfter: hedgeAfter ?? self.hedgeAfter(points.end), prefixHedgeFrom: i)
        }
        // 七成, 三成半, 九折, 九五折: tenths, as percent.
        if let tenths = tenths(numeral, end: end) {
            return record(.percentage, start: i, numeral: tenths.numeral, end: afterHedge(tenths.end), unit: "percent",
                          hedgeAfter: hedgeAfter ?? self.hedgeAfter(tenths.end), prefixHedgeFrom: i)
        }
        if let percent = lexicon.percentSuffixes.match(at: k, in: s) {
            return record(.percentage, start: i, numeral: numeral, end: afterHedge(percent.end), unit: "percent",
                          hedgeAfter: hedgeAfter ?? self.hedgeAfter(percent.end), prefixHedgeFrom: i)
        }
        // 197 pence, 50 cents, 12-cent, 三美分: a fraction of a currency, in the currency.
        let unitAt = end + 1 < s.count && s[end] == "-" && ScalarClass.isLetter(s[end + 1]) ? end + 1 : skipSpace(end)
        if let minor = lexicon.minorUnits.match(at: unitAt, in: s) {
            var amount = numeral
            (amount.value, amount.low, amount.high) = (amount.value * minor.value.factor, amount.low * minor.value.factor, amount.high * minor.value.factor)
            return record(.money, start: i, numeral: amount, end: afterHedge(minor.end), unit: minor.value.currency,
                          hedgeAfter: hedgeAfter ?? self.hedgeAfter(minor.end), prefixHedgeFrom: i)
        }
        // 10亿美元, 10 tỷ USD, 300 dollars, 10亿美元左右, a one-yen coin.
        // 30 MUSD, 48.5 MGBP: a scale letter glued before an ISO code, as ledgers write millions.
        var codeAfter = lexicon.currencies.match(at: unitAt, in: s)
        var scale = 1.0
        if codeAfter == nil, let prefixed = scaledCode(at: unitAt) { (codeAfter, scale) = ((prefixed.code, prefixed.end), prefixed.scale) }
        if let code = codeAfter, scale != 1 || !isUnitNotMoney(start: i, word: unitAt, end: code.end) {
            var amount = numeral
            var end = code.end
            // 75 USD million: a scale word after an ISO code is the amount's.
            if scale == 1, !numeral.isScaled, code.end - unitAt == 3, String(scalars: s[unitAt..<code.end]) == code.value,
               let word = lexicon.scales.match(at: skipSpace(end), in: s), word.end >= s.count || !ScalarClass.isLetter(s[word.end]) {
                scale = word.value
                end = word.end
            }
            if scale != 1 {
                (amount.value, amount.low, amount.high) = (amount.value * scale, amount.low * scale, amount.high * scale)
                amount.isScaled = true
            } else if !amount.isScaled, !amount.isVague, !amount.hasFraction, let minor = minorPart(after: end, currency: code.value) {
                // 15 dollars and 50 cents
                (amount.value, amount.low, amount.high) = (amount.value + minor.add, amount.low + minor.add, amount.high + minor.add)
                end = minor.end
            }
            return record(.money, start: i, numeral: amount, end: afterHedge(end), unit: code.value,
                          hedgeAfter: hedgeAfter ?? self.hedgeAfter(end), prefixHedgeFrom: i)
        }
        // Durations and dates (4年, 12个月, 5 tháng, six years) and multipliers (两倍, 100 lần).
        if !numeral.isScaled, isTimeOrMultiplier(after: numeral.end) { return numeral.end }
        if numeral.form == .digits, !numeral.isScaled, traps.isProductName(start: numeral.start, end: numeral.end) { return numeral.end }
        // Numerals written as words (一, 两, một, hai, two) are figures only when something
        // follows them: a scale, a currency, a percent sign (handled above), or a counted noun
        // after a measure word. "一" and "một" alone are the article "a".
        // A numeral with a decimal part (七點二) or a minus (负三十二) is a figure on its own.
        let isWordNumeral = numeral.form != .digits && !numeral.isScaled && !numeral.isVague && !numeral.hasFraction && numeral.value >= 0
        // "sixteen", "the answer is three": a number word the lexicon lets stand alone.
        let standalone = numeral.form == .words && lexicon.standaloneWords.match(at: numeral.start, in: s)?.end == numeral.end
        if isWordNumeral, numeral.value < 2, !standalone { return numeral.end }
        if let noun = countedNoun(after: end, requireClassifier: isWordNumeral && numeral.form == .han) {
            // Things are counted whole: "7.3地震" and "7,7 độ Richter" measure their noun, they do
            // not count it.
            let whole = numeral.value == numeral.value.rounded()
            return record(whole ? .count : .number, start: i, numeral: numeral, end: end, unit: noun, hedgeAfter: hedgeAfter, prefixHedgeFrom: i)
        }
        // A Chinese numeral of two characters or more with a unit in it (九百九十九, 二百五十) is a
        // number on its own where no word is glued after it; a digit character alone (一, 两) is
        // not, nor a numeral inside a word (二十分: minutes; 十四五规划: a plan's name).
        let hanWithUnit = numeral.form == .han && numeral.integerDigits == 0 && numeral.end - numeral.start >= 2
            && (end >= s.count || !ScalarClass.isHan(s[end]))
            // So is a number of several words ("twenty-three", "hai mươi mốt").
            || numeral.form == .words && !numeral.isVague && s[numeral.start..<numeral.end].contains { $0 == " " || $0 == "-" }
        // 十, 两: a Chinese numeral standing apart from other Han characters, and not a list
        // marker (三、).
        let hanApart = numeral.form == .han && (numeral.start == 0 || !ScalarClass.isHan(s[numeral.start - 1]))
            && (end >= s.count || !ScalarClass.isHan(s[end]) && s[end] != "、") || loneDigit(numeral, end: end)
        if isWordNumeral, !hanWithUnit, !standalone, !hanApart { return numeral.end }
        return record(.number, start: i, numeral: numeral, end: end, unit: nil, hedgeAfter: hedgeAfter, prefixHedgeFrom: i)
    }

    /// 这是五, 答案不是四而是五: one Han digit from two to nine between other Han characters,
    /// forming a dictionary word (`digit_words`: 四川, 三星, 五月) with neither.
    func loneDigit(_ numeral: Numeral, end: Int) -> Bool {
        guard !lexicon.digitWords.isEmpty, numeral.form == .han, end == numeral.start + 1, end == numeral.end,
              numeral.value >= 2, numeral.value <= 9, !lexicon.hanFormal.contains(s[numeral.start]) else { return false }
        let k = numeral.start
        // 九九 is a name or a table, not the number nine.
        func isNumeral(_ c: Unicode.Scalar) -> Bool { lexicon.hanDigits[c] != nil || lexicon.hanUnits[c] != nil }
        if k > 0, ScalarClass.isHan(s[k - 1]), isNumeral(s[k - 1]) || lexicon.digitWords.contains(s[k - 1], s[k]) { return false }
        if end < s.count, s[end] == "、" || ScalarClass.isHan(s[end]) && (isNumeral(s[end]) || lexicon.digitWords.contains(s[k], s[end])) { return false }
        // 七点二十分: an hour, not a number (the dates module reads it).
        if end < s.count, lexicon.hanDecimal.contains(s[end]) || lexicon.timeUnits.match(at: end, in: s) != nil { return false }
        return true
    }

    /// 5-10%, 3–5 million, 30 – 40 people: two figures in digits joined by a dash, the second the
    /// larger, read as one range that takes the scale of the second (3–5 million is 3 to 5
    /// million). Not a span of years (2019-2023), a score the larger first (3-2), a code glued
    /// to letters (COVID-19) or a phone number (0912-345).
    func dashRange(from low: Numeral) -> Numeral? {
        guard low.form == .digits, !low.isScaled, !low.isVague, !low.isWrittenFraction, low.end < s.count,
              low.start == 0 || !ScalarClass.isLetter(s[low.start]) && !(ScalarClass.isLetter(s[low.start - 1]) && !ScalarClass.isHan(s[low.start - 1])),
              !(low.integerDigits > 1 && ScalarClass.digit(s[low.start]) == 0) else { return nil }
        var k = low.end
        let spaced = k + 1 < s.count && s[k] == " " && (s[k + 1] == "–" || s[k + 1] == "—")
        if spaced { k += 1 }
        guard k < s.count, "-–—~～".unicodeScalars.contains(s[k]) else { return nil }
        k += 1
        if spaced { guard k < s.count, s[k] == " " else { return nil }; k += 1 }
        guard k < s.count, ScalarClass.digit(s[k]) != nil, let high = reader.read(at: k, in: s), high.form == .digits, !high.isVague,
              !high.isRange, high.start == k else { return nil }
        return joinedRange(low, high)
    }

    /// MUSD, kEUR: one of the lexicon's scale abbreviations glued before an ISO currency code,
    /// the whole a word; the code, the scale and where the word ends.
    func scaledCode(at k: Int) -> (code: String, scale: Double, end: Int)? {
        guard k + 4 <= s.count, ScalarClass.isLetter(s[k]), k + 4 == s.count || !ScalarClass.isLetter(s[k + 4]),
              let scale = lexicon.scaleAbbreviations.match(at: 0, in: [s[k]]) else { return nil }
        let letters = Array(s[(k + 1)..<(k + 4)])
        guard let code = lexicon.currencies.match(at: 0, in: letters), code.end == 3,
              String(scalars: letters) == code.value else { return nil }
        return (code.value, scale.value, k + 4)
    }

    /// The end of a unit of the lexicon's `glued_units` right at `index`, standing alone after
    /// it (not "10kmh", not "5m2x"), with digits before it that are not a code's ("A320km").
    func gluedUnit(at index: Int) -> Int? {
        guard index < s.count, !ScalarClass.isHan(s[index]), let unit = lexicon.gluedUnits.match(at: index, in: s) else { return nil }
        if unit.end < s.count, ScalarClass.isLetter(s[unit.end]) && !ScalarClass.isHan(s[unit.end]) || ScalarClass.digit(s[unit.end]) != nil {
            return nil
        }
        var k = index
        while k > 0, ScalarClass.digit(s[k - 1]) != nil || s[k - 1] == "." || s[k - 1] == "," { k -= 1 }
        if k > 0, ScalarClass.isLetter(s[k - 1]) && !ScalarClass.isHan(s[k - 1]) || s[k - 1] == "-" { return nil }
        return unit.end
    }

    /// A hedge written after a value (左右, 以上, 多), if one follows `index`.
    func hedgeAfter(_ index: Int) -> Hedge? { lexicon.hedgesAfter.match(at: index, in: s)?.value }

    /// Where the value ends once a following hedge is taken in.
    func afterHedge(_ index: Int) -> Int { lexicon.hedgesAfter.match(at: index, in: s)?.end ?? index }

    func skipSpace(_ index: Int, latinOnly: Bool = false) -> Int {
        guard index < s.count, s[index] == " " || s[index] == "\u{A0}" else { return index }
        if latinOnly, index > 0, ScalarClass.isHan(s[index - 1]) { return index }
        return index + 1
    }

    // MARK: - Traps

    /// Whether the figure follows a unit symbol written before it as a word of its own ("芮氏規模M7.7",
    /// "a magnitude M6.4 aftershock"), with a decimal part (magnitudes are written to a tenth; M3
    /// and M5 are a chip and a road) and nothing glued after it.
    func unitPrefixed(_ numeral: Numeral) -> Bool {
        guard !lexicon.unitPrefixes.isEmpty, numeral.hasFraction else { return false }
        var k = numeral.start
        if k > 0, s[k - 1] == " " { k -= 1 }
        var b = k
        while b > 0, ScalarClass.isLetter(s[b - 1]), !ScalarClass.isHan(s[b - 1]) { b -= 1 }
        guard b < k, b == 0 || !ScalarClass.isLetter(s[b - 1]) || ScalarClass.isHan(s[b - 1]) else { return false }
        guard lexicon.unitPrefixes.contains(String(scalars: s[b..<k])) else { return false }
        return numeral.coreEnd >= s.count || !ScalarClass.isLetter(s[numeral.coreEnd]) || ScalarClass.isHan(s[numeral.coreEnd])
    }

    /// Where to skip to when the numeral is not a figure of the story, or nil when it is one.
    mutating func trap(_ numeral: Numeral, currencyBefore: Bool) -> Int? {
        let start = numeral.start
        guard numeral.form == .digits else { return nil }
        if numeral.hasGluedLatinScale {
            // 70B in "Llama 2 70B" is a model size; $70B is money. Two-letter abbreviations
            // (1.5bn, 300mn) are never model sizes.
            // A lower-case letter is the abbreviation (40k, 2.33 k); 4K, 70B, 5G are names.
            if !currencyBefore, numeral.end - numeral.coreEnd == 1, ScalarClass.isUppercase(s[numeral.end - 1]) {
                return traps.tokenEnd(from: numeral.end)
            }
            if !gluedCurrency(numeral), let skip = traps.identifierEnd(start: start, end: numeral.end) { return skip }
        } else if !gluedCurrency(numeral), let skip = traps.identifierEnd(start: start, end: numeral.coreEnd), !unitPrefixed(numeral) {
            return skip
        }
        if numeral.isPlainInteger {
            // Phone numbers, ids, codes: 0912345678, 13800138000, 007.
            if numeral.integerDigits >= 9 || (numeral.integerDigits > 1 && s[start] == "0") {
                // 0912 345 678: the groups after it belong to the same phone number.
                var end = traps.tokenEnd(from: numeral.end)
                while end + 1 < s.count, s[end] == " ", ScalarClass.digit(s[end + 1]) != nil { end = traps.tokenEnd(from: end + 1) }
                return end
            }
        }
        if traps.isListMarker(start: start, end: numeral.coreEnd) || wordless.isWordless(around: start, value: start..<numeral.end, in: s) { return numeral.end }
        if traps.isParenthesisedIndex(start: start, end: numeral.end) || traps.isRelativeTimestamp(after: numeral.end) { return numeral.end }
        if !numeral.isScaled, isCalendarPart(numeral) {
            lastYearEnd = numeral.end
            return numeral.end
        }
        return nil
    }

    /// USD115.5, 115.5USD: a currency code glued to the digits, as a whole word with them; the
    /// digits are money, not an identifier.
    func gluedCurrency(_ numeral: Numeral) -> Bool {
        func word(_ a: Int, _ b: Int) -> Bool { (a == 0 || !ScalarClass.isLetter(s[a - 1])) && (b >= s.count || !ScalarClass.isLetter(s[b])) }
        if numeral.start > 0, ScalarClass.isLetter(s[numeral.start - 1]), let code = lexicon.currencies.match(endingAt: numeral.start, in: s),
           word(code.start, numeral.end) { return true }
        if numeral.end < s.count, ScalarClass.isLetter(s[numeral.end]), let code = lexicon.currencies.match(at: numeral.end, in: s),
           word(numeral.start, code.end) { return true }
        return false
    }

    /// Parts of dates and times: 2019年, 7月, 17日, 3号, 10点; "tháng 7", "năm 2019",
    /// "ngày 17"; bare years after "in", "since", "vào", "từ"; "2023 và 2024".
    func isCalendarPart(_ numeral: Numeral) -> Bool {
        guard !numeral.hasFraction, !numeral.hasGrouping else { return false }
        let dates = lexicon.dates
        var j = numeral.end
        while j < s.count, s[j] == " " { j += 1 }
        // 2019年, 7月, 17日, 3号, 2023财年, 10点: the words that follow a number in a date or a
        // clock time, from the language's date lexicon.
        if dates.trail.match(at: j, in: s) != nil || dates.hourMarks.match(at: j, in: s) != nil { return true }
        // tháng 7, năm 2019, ngày 17, quý 2: a unit of time written before its number.
        let before = numeral.start > 0 && s[numeral.start - 1] == " " ? numeral.start - 1 : numeral.start
        if lexicon.timeUnits.match(endingAt: before, in: s) != nil { return true }
        // GMT+7, UTC-05:00: the offset of a time zone.
        if numeral.start > 1, s[numeral.start - 1] == "+" || s[numeral.start - 1] == "-" || s[numeral.start - 1] == "−",
           dates.zones.match(endingAt: numeral.start - 1, in: s) != nil { return true }
        // 2时45分, 9点40分, 14 giờ 50: the minutes after the hour of a clock time.
        if let mark = dates.hourMarks.match(endingAt: before, in: s), mark.start > 0 {
            let k = mark.start > 1 && s[mark.start - 1] == " " ? mark.start - 2 : mark.start - 1
            if ScalarClass.digit(s[k]) != nil || lexicon.hanDigits[s[k]] != nil || lexicon.hanUnits[s[k]] != nil || lexicon.hanTens[s[k]] != nil { return true }
        }
        // June 5, 17 June: a day beside a month name (the dates module reads it).
        if let lead = dates.lead.match(endingAt: before, in: s), lead.value.contains(where: \.namesDay) { return true }
        if let lead = dates.lead.match(at: skipSpace(numeral.end), in: s), lead.value.contains(where: \.namesDay) { return true }
        if traps.isClockTime(after: numeral.end) { return true }
        let isYear = numeral.value >= 1800 && numeral.value <= 2100 && numeral.integerDigits == 4
        guard isYear else { return false }
        if numeral.start > lastYearEnd, numeral.start - lastYearEnd <= 6 { return true }
        // in 2019, vào 2019, early 2024: the words a bare year follows.
        return dates.yearCues.match(endingAt: before, in: s) != nil || dates.monthCues.match(endingAt: before, in: s) != nil
    }

    /// 4年, 12个月, 5 tháng, six years, 两倍, 100 lần, threefold: another module's value.
    func isTimeOrMultiplier(after end: Int) -> Bool {
        var k = skipSpace(end)
        if lexicon.multipliers.match(at: k, in: s) != nil { return true }
        if k < s.count, s[k] == "-", lexicon.multipliers.match(at: k, in: s) != nil { return true }
        if let classifier = lexicon.classifiers.match(at: k, in: s), lexicon.timeUnits.match(at: classifier.end, in: s) != nil { return true }
        if lexicon.timeUnits.match(at: k, in: s) != nil { return true }
        // a 5-year plan, a 10-day trip: the unit of time joined by a hyphen.
        k = end
        return k + 1 < s.count && s[k] == "-" && lexicon.timeUnits.match(at: k + 1, in: s) != nil
    }

    /// The thing counted: a Han noun after an optional measure word (2亿月度用户, 三家公司), or
    /// up to a few words in alphabetic scripts (13 triệu lượt truy cập, 120 million monthly users).
    func countedNoun(after end: Int, requireClassifier: Bool = false) -> String? {
        var k = end
        guard k < s.count else { return nil }
        if ScalarClass.isHan(s[k]) || (s[k] == " " && k + 1 < s.count && ScalarClass.isHan(s[k + 1])) {
            if s[k] == " " { k += 1 }
            var hadClassifier = false
            var classifierText = ""
            if let classifier = lexicon.classifiers.match(at: k, in: s) {
                classifierText = String(scalars: s[k..<classifier.end])
                k = classifier.end
                hadClassifier = true
            }
            // 数百人, 三人: a one-character noun the lexicon lists stands in for a measure word.
            if lexicon.singleNouns.match(at: k, in: s) != nil, !hadClassifier {
                return String(s[k])
            }
            guard hadClassifier || !requireClassifier else { return nil }
            let nounStart = k
            while k < s.count, ScalarClass.isHan(s[k]), k - nounStart < lexicon.countMaxLength,
                  lexicon.countStops.match(at: k, in: s) == nil {
                k += 1
            }
            // Without a measure word a single character is too weak a noun, unless the
            // lexicon says it counts (数百人).
            let single = k - nounStart == 1 && lexicon.singleNouns.match(at: nounStart, in: s) != nil
            // 3400万人次: a measure word of two characters is itself what is counted.
            if k == nounStart, classifierText.unicodeScalars.count >= 2 { return classifierText }
            // 三雙, 二千零四十五个,: a measure word that ends its clause is what is counted.
            if k == nounStart, hadClassifier, k >= s.count || !ScalarClass.isHan(s[k]) && !ScalarClass.isLetter(s[k]) { return classifierText }
            guard k - nounStart >= (hadClassifier || single ? 1 : 2) else { return nil }
            return String(scalars: s[nounStart..<k])
        }
        // "a 77-mile-wide eye": a unit joined to the number by a hyphen (a unit of time, "a
        // 5-year plan", is the durations module's).
        let hyphen = s[k] == "-" && k + 1 < s.count && ScalarClass.isLetter(s[k + 1]) && !ScalarClass.isHan(s[k + 1])
            && lexicon.timeUnits.match(at: k + 1, in: s) == nil
        guard s[k] == " " || hyphen else { return nil }
        k += 1
        var words: [String] = []
        while words.count < lexicon.countMaxLength, k < s.count, ScalarClass.isLetter(s[k]) {
            if lexicon.countStops.match(at: k, in: s) != nil
                || lexicon.currencies.match(at: k, in: s) != nil && lexicon.currencyUnits.match(at: k, in: s) == nil { break }
            let wordStart = k
            // km², m³, km/h, mét/giây: a unit's power and its "per" belong to its word.
            while k < s.count, ScalarClass.isLetter(s[k]) || s[k] == "-" || s[k] == "²" || s[k] == "³"
                || s[k] == "/" && k + 1 < s.count && ScalarClass.isLetter(s[k + 1]) { k += 1 }
            words.append(String(scalars: s[wordStart..<k]))
            guard k < s.count, s[k] == " " else { break }
            k += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    // MARK: - Recording

    mutating func record(_ kind: MentionKind, start: Int, numeral: Numeral, end: Int, unit: String?,
                         hedgeAfter: Hedge? = nil, prefixHedgeFrom: Int) -> Int {
        var spanStart = start
        var hedge = hedgeAfter
        // 超过5亿, hơn 10 tỷ, more than $10 billion: the hedge just before the value.
        let before = spanStart > 0 && (s[spanStart - 1] == " " || s[spanStart - 1] == "\u{A0}") ? spanStart - 1 : spanStart
        if let match = lexicon.hedgesBefore.match(endingAt: before, in: s) {
            hedge = hedge ?? match.value
            spanStart = match.start
        }
        if numeral.isVague { hedge = hedge ?? .vague }
        var low = numeral.low
        var high = numeral.high
        if let hedge, hedge != .vague {
            low = hedge.interval(for: numeral.low).low
            high = hedge.interval(for: numeral.high).high
        }
        let span = TextSpan(start: spanStart, end: end)
        let text = String(scalars: s[spanStart..<end])
        let display = QuantityFormat.display(kind: kind, numeral: numeral, unit: unit, hedge: hedge)
        let value = NormalizedValue(display: display, number: numeral.isVague || numeral.isRange ? nil : numeral.value,
                                    low: low == high ? nil : low, high: low == high ? nil : high,
                                    unit: unit, hedge: hedge?.rawValue)
        mentions.append(Mention(kind: kind, span: span, text: text, value: value))
        return end
    }
}
