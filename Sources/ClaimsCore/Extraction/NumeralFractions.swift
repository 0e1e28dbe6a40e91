/// Fractions and decimals said in words, read around a number the reader has found: "three
/// fifths" (0.6), "one eighth", "a third of the vote", "one and a half" (1.5), "twenty and three
/// fifths" (20.6), "3 million and a half" (3,500,000), "half a million", "a quarter of a million",
/// "two thirds of a billion", "half million", "a quarter million", "a dozen", "a hundred
/// thousand", "two hundred point zero three" (200.03). The words are the lexicon's `fraction_words`, `articles`, `fraction_of` and
/// `point_words`. Chinese mixed numbers (三百五十又三分之一) are read here too, their marks
/// spaced or not (三百 五 又 三分 之一).
///
/// A denominator that may be another word (a fifth term, three quarters of a year) is read as one
/// only before "of", a scale word or the end of the clause; one that is also a unit of time
/// (quarter) only before "of" or a scale word. After "and" (one and a half years) it always is.
extension NumeralReader {
    /// `numeral` with a fraction said after it: "hai triệu rưỡi" (2.5 million) and "một trăm
    /// rưỡi" (150), a half of its last unit (`half_after`); "một phần ba" (a third), the numerator
    /// first and the denominator after `fraction_between` (not "phần trăm": a percentage).
    func withSpokenFraction(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard !numeral.isVague, !numeral.hasFraction, numeral.value >= 1, numeral.end + 1 < s.count, s[numeral.end] == " " else { return numeral }
        let k = numeral.end + 1
        if let half = lexicon.halfAfter.match(at: k, in: s), wordEnds(half.end, in: s) {
            var unit = 1.0
            while numeral.value.truncatingRemainder(dividingBy: unit * 10) == 0, numeral.value / (unit * 10) >= 1 { unit *= 10 }
            return numeral.withFraction(numeral.value + unit / 2, end: half.end)
        }
        if !numeral.isScaled, let between = lexicon.fractionBetween.match(at: k, in: s), wordEnds(between.end, in: s),
           between.end + 1 < s.count, s[between.end] == " ", let bottom = readPlain(at: between.end + 1, in: s),
           !bottom.isVague, !bottom.isScaled, bottom.value >= 2, bottom.value != 100, bottom.value > numeral.value {
            return numeral.withFraction(numeral.value / bottom.value, end: bottom.end)
        }
        return numeral
    }

    /// The value of a vulgar fraction character (½ 0.5, ¾ 0.75, ⅔, ⅛), from the Unicode
    /// character database: any character whose numeric value lies strictly between 0 and 1.
    static func vulgarFraction(_ c: Unicode.Scalar) -> Double? {
        guard (0xBC...0xBE).contains(c.value) || (0x2150...0x215F).contains(c.value) || c.value == 0x2189,
              let value = c.properties.numericValue, value > 0, value < 1 else { return nil }
        return value
    }

    /// Whole digits with a vulgar fraction glued after them: 2½ (2.5), 10¾.
    func withVulgarFraction(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard numeral.isPlainInteger, numeral.end < s.count, let part = Self.vulgarFraction(s[numeral.end]) else { return numeral }
        var mixed = numeral.withFraction(numeral.value + part, end: numeral.end + 1)
        mixed.coreEnd = mixed.end
        return mixed
    }

    /// `numeral` with a fraction in words after it, if one follows.
    func withWordFraction(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard !lexicon.fractionWords.isEmpty, !numeral.isVague, !numeral.hasFraction, numeral.value >= 1,
              numeral.end + 1 < s.count, s[numeral.end] == " " else { return numeral }
        let k = numeral.end + 1
        // three fifths, 2 thirds of
        if !numeral.isScaled || numeral.form == .words && numeral.value < 1000, let word = fractionWord(at: k, in: s, strict: true) {
            return ofScale(numeral.withFraction(numeral.value / word.denominator, end: word.end), in: s)
        }
        // one and a half, twenty and three fifths, 3 million and a quarter
        guard let joiner = lexicon.wordJoiners.match(at: k, in: s), joiner.end + 1 < s.count, s[joiner.end] == " ",
              let part = smallFraction(at: joiner.end + 1, in: s) else { return numeral }
        let mixed = numeral.withFraction(numeral.value + part.value * (numeral.isScaled ? Self.scaleOf(numeral.value) : 1), end: part.end)
        return numeral.isScaled ? mixed : applyScales(mixed, in: s)
    }

    /// "a half", "one third", "three fifths" right at `k`, after "and": the fraction's value.
    func smallFraction(at k: Int, in s: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        var top = 1.0
        var j = k
        if let article = lexicon.articles.match(at: k, in: s), wordEnds(article.end, in: s) {
            j = article.end
        } else if let word = lexicon.numberWords.match(at: k, in: s), wordEnds(word.end, in: s), word.value >= 1, word.value < 100 {
            top = word.value
            j = word.end
        } else if let digits = digitRun(at: k, in: s) {
            top = digits.value
            j = digits.end
        } else {
            return nil
        }
        guard j + 1 < s.count, s[j] == " ", let word = fractionWord(at: j + 1, in: s, strict: false) else { return nil }
        return (top / word.denominator, word.end)
    }

    /// "a dozen", "a hundred thousand", "a third of", "a quarter million", "half million": a
    /// number that starts with an article or a denominator; nil when none starts at `index`.
    func readArticle(at index: Int, in s: [Unicode.Scalar]) -> Numeral? {
        var j = index
        var value = 1.0
        if let article = lexicon.articles.match(at: index, in: s), wordEnds(article.end, in: s) {
            guard article.end + 1 < s.count, s[article.end] == " " else { return nil }
            j = article.end + 1
            if let scale = lexicon.scales.match(at: j, in: s), wordEnds(scale.end, in: s) {
                return readWords(at: index, first: (1, article.end), in: s)
            }
            if let word = lexicon.numberWords.match(at: j, in: s), wordEnds(word.end, in: s), word.value >= 12,
               lexicon.scales.match(at: j, in: s) == nil, lexicon.vague.match(at: j, in: s) == nil,
               (ordinalWord(at: j, in: s, plural: true)?.end ?? 0) <= word.end {
                // a dozen
                return Numeral(value: word.value, low: word.value, high: word.value, start: index, end: word.end, form: .words,
                               isVague: false, isScaled: false, integerDigits: 0, hasGrouping: false, hasFraction: false)
            }
        }
        var found = fractionWord(at: j, in: s, strict: true)
        // half a million: "half" before an article and a scale.
        if found == nil, let loose = fractionWord(at: j, in: s, strict: false), articleScale(after: loose.end, in: s) != nil { found = loose }
        guard let word = found else { return nil }
        value /= word.denominator
        let fraction = Numeral(value: value, low: value, high: value, start: index, end: word.end, form: .words, isVague: false,
                               isScaled: false, integerDigits: 0, hasGrouping: false, hasFraction: true)
        let scaled = ofScale(fraction, in: s)
        // "half" alone is no number; "a half", "a third of" are.
        return scaled.isScaled || j > index ? scaled : nil
    }

    /// A fraction of a scale said after it: "half a million", "a quarter of a million", "two
    /// thirds of a billion", "three quarters billion"; otherwise the scales after it, if any.
    func ofScale(_ fraction: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard fraction.value < 1, fraction.end + 1 < s.count, s[fraction.end] == " " else { return applyScales(fraction, in: s) }
        var j = fraction.end
        if let of = lexicon.fractionOf.match(at: j + 1, in: s), wordEnds(of.end, in: s) { j = of.end }
        guard let scale = articleScale(after: j, in: s) else { return applyScales(fraction, in: s) }
        var scaled = fraction
        (scaled.value, scaled.low, scaled.high) = (fraction.value * scale.value, fraction.low * scale.value, fraction.high * scale.value)
        scaled.scale *= scale.value
        scaled.isScaled = true
        scaled.end = scale.end
        return applyScales(scaled, in: s)
    }

    /// " a million": an article and a scale word after `end`.
    func articleScale(after end: Int, in s: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        guard end + 1 < s.count, s[end] == " ", let article = lexicon.articles.match(at: end + 1, in: s), wordEnds(article.end, in: s),
              article.end + 1 < s.count, s[article.end] == " ", let scale = lexicon.scales.match(at: article.end + 1, in: s),
              wordEnds(scale.end, in: s) else { return nil }
        return (scale.value, scale.end)
    }

    /// A denominator word at `k` (third, fifths, half) and, when `strict`, only where it cannot be
    /// another word: before "of", a scale word or the end of a clause.
    func fractionWord(at k: Int, in s: [Unicode.Scalar], strict: Bool) -> (denominator: Double, end: Int)? {
        guard let word = lexicon.fractionWords.match(at: k, in: s).flatMap({ wordEnds($0.end, in: s) ? $0 : nil })
                ?? ordinalDenominator(at: k, in: s) else { return nil }
        guard strict else { return (word.value, word.end) }
        let next = word.end + 1
        if word.end < s.count, s[word.end] == " ", next < s.count {
            if let of = lexicon.fractionOf.match(at: next, in: s), wordEnds(of.end, in: s) { return (word.value, word.end) }
            if let scale = lexicon.scales.match(at: next, in: s), wordEnds(scale.end, in: s) { return (word.value, word.end) }
        }
        // A unit of time (three quarters) is a fraction only before "of" or a scale.
        if let unit = lexicon.timeUnits.match(at: k, in: s), unit.end == word.end { return nil }
        let after = word.end < s.count && s[word.end] == " " ? next : word.end
        return after >= s.count || !ScalarClass.isLetter(s[after]) ? (word.value, word.end) : nil
    }

    /// An ordinal from thirteenth on as a denominator, singular or plural ("one twenty-fifth",
    /// "three twenty-firsts", "a thirtieth"); below it `fraction_words` list the denominators
    /// ("second" is a unit of time).
    func ordinalDenominator(at k: Int, in s: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        guard let ordinal = ordinalWord(at: k, in: s, plural: true), ordinal.value >= 13 else { return nil }
        return (Double(ordinal.value), ordinal.end)
    }

    /// "two hundred point zero three": the digits said one by one after a decimal word.
    func withPoint(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard !lexicon.pointWords.isEmpty, numeral.form == .words, !numeral.hasFraction, numeral.end + 1 < s.count, s[numeral.end] == " ",
              let point = lexicon.pointWords.match(at: numeral.end + 1, in: s), wordEnds(point.end, in: s) else { return numeral }
        var j = point.end
        var scale = 0.1
        var value = numeral.value
        var end = numeral.end
        while j + 1 < s.count, s[j] == " ", let digit = lexicon.numberWords.match(at: j + 1, in: s), wordEnds(digit.end, in: s),
              digit.value < 10, digit.value == digit.value.rounded() {
            value += (numeral.value < 0 ? -1 : 1) * digit.value * scale
            scale /= 10
            j = digit.end
            end = digit.end
        }
        guard end > numeral.end else { return numeral }
        return numeral.withFraction(value, end: end)
    }

    /// 3/4, -4/5, ３／５, and a whole number before one (2 1/4, 1 ３/5): a fraction written with
    /// a slash between whole numbers, the smaller first unless signed (24/7 is no fraction). Not
    /// 1/2/2019, not part of a path (/2023/06/) or a code (A3/4B); a date written so (on 3/4) is
    /// told apart by its cue, by the caller.
    func withSlashFraction(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard numeral.form == .digits, numeral.isPlainInteger, !numeral.isVague else { return numeral }
        var gap = numeral.end
        while gap < s.count, gap - numeral.end < 3, s[gap] == " " || s[gap] == "\u{A0}" { gap += 1 }
        if numeral.integerDigits <= 3, gap > numeral.end, let part = slashFraction(at: gap, in: s), part.top < part.bottom {
            var mixed = numeral.withFraction(numeral.value + (numeral.value < 0 ? -1 : 1) * part.top / part.bottom, end: part.end)
            mixed.isWrittenFraction = true
            mixed.coreEnd = part.end
            return mixed
        }
        guard let part = slashFraction(at: numeral.start < s.count && ScalarClass.digit(s[numeral.start]) == nil ? numeral.start + 1 : numeral.start, in: s),
              part.topEnd == numeral.end, part.top < part.bottom || numeral.value < 0 else { return numeral }
        var fraction = numeral.withFraction(numeral.value / part.bottom, end: part.end)
        fraction.isWrittenFraction = true
        fraction.coreEnd = part.end
        return fraction
    }

    /// Digits, a slash, digits at `k`, standing apart from letters and other slashes.
    func slashFraction(at k: Int, in s: [Unicode.Scalar]) -> (top: Double, bottom: Double, topEnd: Int, end: Int)? {
        guard k < s.count, ScalarClass.digit(s[k]) != nil else { return nil }
        if k > 0, ScalarClass.isLetter(s[k - 1]) && !ScalarClass.isHan(s[k - 1]) || "/／_".unicodeScalars.contains(s[k - 1]) { return nil }
        var j = k
        var top = 0.0
        while j < s.count, let d = ScalarClass.digit(s[j]) { top = top * 10 + Double(d); j += 1 }
        guard j + 1 < s.count, s[j] == "/" || s[j] == "／", ScalarClass.digit(s[j + 1]) != nil else { return nil }
        let topEnd = j
        j += 1
        var bottom = 0.0
        while j < s.count, let d = ScalarClass.digit(s[j]) { bottom = bottom * 10 + Double(d); j += 1 }
        // 6/2023, Quý 2/2023: a month or a quarter of a year.
        guard bottom > 0, j - topEnd <= 7, !(j - topEnd == 5 && bottom >= 1800 && bottom <= 2100) else { return nil }
        if j < s.count, "/／_.,".unicodeScalars.contains(s[j]) && j + 1 < s.count && (ScalarClass.digit(s[j + 1]) != nil || s[j] == "/" || s[j] == "／")
            || ScalarClass.isLetter(s[j]) && !ScalarClass.isHan(s[j]) { return nil }
        return (top, bottom, topEnd, j)
    }

    /// "1 in 5", "two out of three", "one over twenty": a ratio of a number to a larger one after
    /// the lexicon's `ratio_words`, read as their quotient. Not before a unit of time, a percent
    /// or a currency (1 in 5 years, over 3 percent), and not a year after it (one in 2019).
    func withRatio(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard !lexicon.ratioWords.isEmpty, !numeral.isVague, !numeral.hasFraction, !numeral.isScaled, numeral.value >= 1,
              numeral.end + 1 < s.count, s[numeral.end] == " ",
              let word = lexicon.ratioWords.match(at: numeral.end + 1, in: s), wordEnds(word.end, in: s),
              word.end + 1 < s.count, s[word.end] == " ", let bottom = readPlain(at: word.end + 1, in: s),
              !bottom.isVague, !bottom.hasFraction, bottom.value > numeral.value,
              !(bottom.form == .digits && bottom.integerDigits == 4 && !bottom.hasGrouping && !bottom.isScaled) else { return numeral }
        let k = bottom.end < s.count && s[bottom.end] == " " ? bottom.end + 1 : bottom.end
        if lexicon.timeUnits.match(at: k, in: s) != nil || lexicon.percentSuffixes.match(at: bottom.end, in: s) != nil
            || lexicon.percentSuffixes.match(at: k, in: s) != nil || lexicon.currencies.match(at: k, in: s) != nil {
            return numeral
        }
        var ratio = numeral.withFraction(numeral.value / bottom.value, end: bottom.end)
        ratio.isWrittenFraction = true
        ratio.coreEnd = bottom.end
        return ratio
    }

    func wordEnds(_ e: Int, in s: [Unicode.Scalar]) -> Bool { e >= s.count || !ScalarClass.isLetter(s[e]) }

    func digitRun(at k: Int, in s: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        var j = k
        var value = 0.0
        while j < s.count, let d = ScalarClass.digit(s[j]) {
            value = value * 10 + Double(d)
            j += 1
        }
        return j > k && wordEnds(j, in: s) ? (value, j) : nil
    }

    /// The largest power of a thousand a scaled value is a whole multiple of (3,000,000: 1,000,000).
    static func scaleOf(_ value: Double) -> Double {
        var scale = 1.0
        while scale * 1000 <= abs(value), (abs(value) / (scale * 1000)).truncatingRemainder(dividingBy: 1) == 0 { scale *= 1000 }
        return scale
    }

    /// 三百五十又三分之一, 十一又十四分之一, 三百五十 又 3分 之1: a whole number and a fraction
    /// after it; nil when none follows.
    func withMixedFraction(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral? {
        guard !numeral.isVague, !numeral.hasFraction, let mark = lexicon.mixedMarks.match(spacedAt: numeral.end, in: s),
              let part = read(at: hanSpaced(mark.end, in: s), in: s), part.denominator != nil, part.value >= 0, part.value < 1 else { return nil }
        return numeral.withFraction(numeral.value + (numeral.value < 0 ? -part.value : part.value), end: part.end)
    }

    /// Past up to two spaces after the Han character before `k` when a digit or a Han character
    /// follows them (分之 一): where a spaced Chinese numeral goes on. Otherwise `k`.
    func hanSpaced(_ k: Int, in s: [Unicode.Scalar]) -> Int {
        guard k > 0, k < s.count, ScalarClass.isHan(s[k - 1]) else { return k }
        var j = k
        while j < s.count, j - k < 2, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
        return j < s.count && (ScalarClass.isHan(s[j]) || ScalarClass.digit(s[j]) != nil) ? j : k
    }

    /// A formal digit alone as a fraction's numerator (五分之壹): there it cannot be another word.
    func formalDigit(at k: Int, in s: [Unicode.Scalar]) -> Numeral? {
        guard k < s.count, lexicon.hanFormal.contains(s[k]), let d = lexicon.hanDigits[s[k]] else { return nil }
        return Numeral(value: d, low: d, high: d, start: k, end: k + 1, form: .han, isVague: false, isScaled: false,
                       integerDigits: 1, hasGrouping: false, hasFraction: false)
    }
}

extension Numeral {
    /// This numeral with a fractional value read on to `end` (three fifths, one and a half).
    func withFraction(_ value: Double, end: Int) -> Numeral {
        var numeral = self
        (numeral.value, numeral.low, numeral.high) = (value, value, value)
        numeral.end = end
        numeral.hasFraction = true
        return numeral
    }
}
