import Foundation

/// A number as written, read at a position: Arabic digits with the language's separators
/// (ASCII or full width), Chinese numerals (三千, 两百, 二〇二三), number words (hai, two), each
/// optionally followed by scale words (2.6萬億, 6.5亿, 10 tỷ, 1.5bn, $10 billion) or made vague
/// (数十亿, hàng trăm nghìn, billions of).
public struct Numeral: Hashable, Sendable {
    public enum Form: String, Sendable { case digits, han, words }

    public var value: Double
    /// Bounds of a vague magnitude (数十亿: 2e9...9e9); equal to `value` otherwise.
    public var low: Double
    public var high: Double
    public var start: Int
    public var end: Int
    public var form: Form
    public var isVague: Bool
    /// A scale word multiplied the value (亿, triệu, billion).
    public var isScaled: Bool
    /// For digits: how they were written, to tell years, phone numbers and ids from figures.
    public var integerDigits: Int
    public var hasGrouping: Bool
    public var hasFraction: Bool
    /// Where the numeral itself ends, before any scale word.
    public var coreEnd: Int = 0
    /// A one- or two-letter Latin scale glued to the digits ("10B", "1.5bn").
    public var hasGluedLatinScale = false
    /// The denominator of a fraction (三分之一: 3; 千分之五: 1,000), whose value is the quotient.
    public var denominator: Double?
    /// A fraction written with a slash (3/4, 2 1/4) or a ratio (1 in 5): a date may be written so
    /// too, after a cue (on 3/4).
    public var isWrittenFraction = false
    /// Two figures joined by a dash (5-10%, 3–5 million): `low` and `high` bound it, `value` is
    /// the upper one.
    public var isRange = false
    /// The product of the scale words after the digits (1 when none): 5 million has 1,000,000.
    public var scale: Double = 1

    /// A bare run of digits with nothing attached: 2019, 0912345678.
    public var isPlainInteger: Bool { form == .digits && !hasGrouping && !hasFraction && !isScaled }
}

/// Reads numerals with one lexicon's words; shared by every value extractor.
/// A class: scanners call it for every numeral, and a struct this size would be copied to the
/// stack at each call.
public final class NumeralReader: Sendable {
    public let lexicon: ValueLexicon

    public init(lexicon: ValueLexicon) { self.lexicon = lexicon }

    /// Whether a numeral may start here (a cheap test for the scanners' inner loop).
    @inline(__always)
    public func mayStart(_ s: Unicode.Scalar) -> Bool {
        if ScalarClass.digit(s) != nil || NumeralReader.vulgarFraction(s) != nil { return true }
        if s.value >= 0x3400 {
            return lexicon.hanDigits[s] != nil || lexicon.hanUnits[s] != nil || lexicon.hanTens[s] != nil || lexicon.vague.mayStart(with: s)
                || lexicon.negatives.mayStart(with: s)
        }
        return ScalarClass.isLetter(s) && (lexicon.numberWords.mayStart(with: s) || lexicon.vague.mayStart(with: s) || lexicon.negatives.mayStart(with: s))
    }

    /// A numeral, negative after a minus word (负三十二, minus 5), a fraction before a fraction
    /// mark (三分之一, １６分之5).
    public func read(at index: Int, in s: [Unicode.Scalar]) -> Numeral? {
        guard index < s.count else { return nil }
        if let minus = lexicon.negatives.match(at: index, in: s), index == 0 || !ScalarClass.isLetter(s[index - 1]) || ScalarClass.isHan(s[index]) {
            var k = minus.end
            if !ScalarClass.isHan(s[index]) {
                guard k + 1 < s.count, s[k] == " " else { return nil }
                k += 1
            }
            guard k < s.count, lexicon.negatives.match(at: k, in: s) == nil, var numeral = read(at: k, in: s) else { return nil }
            (numeral.value, numeral.low, numeral.high) = (-numeral.value, -numeral.high, -numeral.low)
            numeral.start = index
            return numeral
        }
        guard var numeral = readPlain(at: index, in: s) else {
            // 壹又二分之壹: a formal digit, alone another word, before a whole mixed fraction.
            // Not after another Han character (大陸又三分之一: the mainland, again a third).
            if index == 0 || !ScalarClass.isHan(s[index - 1]) || lexicon.negatives.match(endingAt: index, in: s) != nil,
               let whole = formalDigit(at: index, in: s), let mixed = withMixedFraction(whole, in: s) { return mixed }
            return ScalarClass.isLetter(s[index]) && (index == 0 || !ScalarClass.isLetter(s[index - 1])) ? readArticle(at: index, in: s) : nil
        }
        numeral = withSpokenFraction(withWordFraction(withPoint(withScaledRemainder(numeral, in: s), in: s), in: s), in: s)
        // .5 percent, (.45): a decimal point that starts its token makes the digits a fraction,
        // not the whole number 5 a factor of ten away. The numeral then starts at the point, as
        // it starts at a glued minus sign: readers take their span's start from `numeral.start`.
        if numeral.form == .digits, lexicon.decimalSeparator == ".", !numeral.hasFraction, !numeral.hasGrouping, !numeral.isVague,
           index > 0, s[index - 1] == ".",
           standsApart(index - 1, in: s) || index > 1 && "-−－".unicodeScalars.contains(s[index - 2]) && standsApart(index - 2, in: s) {
            let scale = pow(10, Double(numeral.integerDigits))
            (numeral.value, numeral.low, numeral.high) = (numeral.value / scale, numeral.low / scale, numeral.high / scale)
            numeral.start = index - 1
            numeral.integerDigits = 0
            numeral.hasFraction = true
        }
        // -10000, -2.5 M, (-3): a minus sign glued before digits that stand apart (not 3-5, 10 -20).
        // -.5: the sign before the point that starts the numeral.
        if numeral.form == .digits, numeral.start > 0, "-−－".unicodeScalars.contains(s[numeral.start - 1]), standsApart(numeral.start - 1, in: s) {
            (numeral.value, numeral.low, numeral.high) = (-numeral.value, -numeral.high, -numeral.low)
            numeral.start -= 1
        }
        if !numeral.isVague, numeral.value > 0, let mark = lexicon.fractionMarks.match(spacedAt: numeral.end, in: s),
           let top = read(at: hanSpaced(mark.end, in: s), in: s) ?? formalDigit(at: hanSpaced(mark.end, in: s), in: s), !top.isVague {
            let denominator = numeral.value
            numeral.value = top.value / denominator
            numeral.low = numeral.value
            numeral.high = numeral.value
            numeral.end = top.end
            numeral.denominator = denominator
            numeral.hasFraction = true
            numeral.isScaled = false
        }
        if let mixed = withMixedFraction(numeral, in: s) { numeral = mixed }
        return withRatio(withSlashFraction(numeral, in: s), in: s)
    }

    func readPlain(at index: Int, in s: [Unicode.Scalar]) -> Numeral? {
        guard index < s.count else { return nil }
        let c = s[index]
        if ScalarClass.digit(c) != nil {
            guard index == 0 || ScalarClass.digit(s[index - 1]) == nil else { return nil }
            let digits = readDigits(at: index, in: s)
            // Digits inside a Chinese numeral: 5万4千6百, 3万4000, 1千零20, 3千.
            let glue = digits.end + 1 < s.count && s[digits.end] == " " && ScalarClass.isHan(s[digits.end + 1]) ? digits.end + 1 : digits.end
            if !digits.hasFraction, !digits.hasGrouping, glue < s.count, ScalarClass.isHan(s[glue]) {
                // Only where more of the numeral follows the unit: 3千米 is three kilometres.
                func more(_ k: Int) -> Bool {
                    k < s.count && (ScalarClass.digit(s[k]) != nil || lexicon.hanDigits[s[k]] != nil || lexicon.scales.match(at: k, in: s) != nil)
                }
                func more(spaced k: Int) -> Bool { more(k) || (k + 1 < s.count && s[k] == " " && more(k + 1)) }
                let unit = lexicon.hanUnits[s[glue]] != nil && !lexicon.hanFormal.contains(s[glue]) && more(spaced: glue + 1)
                let scale = lexicon.scales.match(at: glue, in: s).map { more(spaced: $0.end) } ?? false
                if unit || scale, let mixed = readHan(at: index, in: s, digitRuns: true) { return applyScales(mixed, in: s) }
            }
            return applyScales(withVulgarFraction(digits, in: s), in: s)
        }
        if let part = Self.vulgarFraction(c) {
            // ½, ¾ standing alone (not glued after digits, which `withVulgarFraction` reads).
            guard index == 0 || ScalarClass.digit(s[index - 1]) == nil else { return nil }
            let alone = Numeral(value: part, low: part, high: part, start: index, end: index + 1, form: .digits, isVague: false,
                                isScaled: false, integerDigits: 0, hasGrouping: false, hasFraction: true)
            return applyScales(alone, in: s)
        }
        if let vague = lexicon.vague.match(at: index, in: s) {
            return readVague(range: vague.value, start: index, after: vague.end, in: s)
        }
        if lexicon.hanDigits[c] != nil || lexicon.hanUnits[c] != nil || lexicon.hanTens[c] != nil
            || (ScalarClass.isHan(c) && lexicon.scales.match(at: index, in: s).map { lexicon.fractionMarks.match(at: $0.end, in: s) != nil } == true) {
            guard let han = readHan(at: index, in: s) else { return nil }
            return applyScales(han, in: s)
        }
        if ScalarClass.isLetter(c), index == 0 || !ScalarClass.isLetter(s[index - 1]), let word = lexicon.numberWords.match(at: index, in: s) {
            if lexicon.nounWords.match(at: index, in: s)?.end == word.end, !readsAsNumber(start: index, end: word.end, in: s) { return nil }
            // "đầu tư" (to invest): a word that only continues a number begins none, but the
            // denominator of a fraction continues one ("một phần tư", a quarter).
            if lexicon.continuingWords.match(at: index, in: s)?.end == word.end,
               !(index >= 2 && s[index - 1] == " " && lexicon.fractionBetween.match(endingAt: index - 1, in: s) != nil) { return nil }
            return applyScales(readWords(at: index, first: word, in: s), in: s)
        }
        return nil
    }

    /// Digits with thousands groups (a separator then exactly three digits) and a decimal part.
    func readDigits(at start: Int, in s: [Unicode.Scalar]) -> Numeral {
        let n = s.count
        var j = start
        var integer: Double = 0
        var run = 0
        while j < n, let d = ScalarClass.digit(s[j]) {
            integer = integer * 10 + Double(d)
            run += 1
            j += 1
        }
        var digits = run
        var grouped = false
        // "1,000,000" in Vietnamese or "1.000.000" in English: two or more groups of three
        // behind the other separator are grouping too, whatever the language's habit.
        var group = lexicon.groupSeparator
        if j < n, s[j] == lexicon.decimalSeparator, run <= 3, isThreeDigits(at: j + 1, in: s),
           j + 4 < n, s[j + 4] == s[j], isThreeDigits(at: j + 5, in: s) {
            group = lexicon.decimalSeparator
        }
        // "1.111,11" in English or "1,111.11" in Vietnamese: a group of three behind the one
        // separator, then the other with a part of other than three digits, is the other habit.
        if j < n, s[j] == lexicon.decimalSeparator, run <= 3, isThreeDigits(at: j + 1, in: s),
           j + 5 < n, s[j + 4] == lexicon.groupSeparator, ScalarClass.digit(s[j + 5]) != nil {
            var k = j + 5
            while k < n, ScalarClass.digit(s[k]) != nil { k += 1 }
            if k - (j + 5) != 3 { group = lexicon.decimalSeparator }
        }
        let decimal = group == lexicon.groupSeparator ? lexicon.decimalSeparator : lexicon.groupSeparator
        // 40 000, 1 234 567, 1\u{202F}234: thousands set apart by a space.
        if j < n, run <= 3, s[j] != group, isSpaceGroup(at: j, first: integer, in: s) { group = s[j] }
        // ９，９９９: full-width digits group with the full-width comma, ASCII ones never do
        // (一共5，300 may be a list).
        if j < n, run <= 3, group == ",", s[j] == "，", (0xFF10...0xFF19).contains(s[j - 1].value), j + 1 < n,
           (0xFF10...0xFF19).contains(s[j + 1].value) { group = "，" }
        while j < n, s[j] == group, run <= 3 || grouped, isThreeDigits(at: j + 1, in: s) {
            for k in (j + 1)...(j + 3) { integer = integer * 10 + Double(ScalarClass.digit(s[k])!) }
            grouped = true
            digits += 3
            run = 3
            j += 4
        }
        var fraction = false
        // "2.5 triệu", "1.2 tỷ USD" where the point groups thousands, "1,5 million" where the
        // comma does: the group separator before one or two digits groups nothing, and before
        // a scale word starts no date or code either. It is the other habit's decimal point.
        var point = decimal
        if !grouped, j + 1 < n, s[j] == group, group == "." || group == ",", ScalarClass.digit(s[j + 1]) != nil {
            var k = j + 1
            while k < n, ScalarClass.digit(s[k]) != nil { k += 1 }
            let word = k < n && s[k] == " " ? k + 1 : k
            if k - (j + 1) <= 2, k >= n || (s[k] != group && s[k] != decimal), lexicon.scales.match(at: word, in: s) != nil { point = group }
        }
        // ２．２: the full-width point where the decimal separator is the ASCII one.
        if j + 1 < n, s[j] == point || (point == "." && s[j] == "．"), ScalarClass.digit(s[j + 1]) != nil {
            fraction = true
            var scale = 0.1
            j += 1
            while j < n, let d = ScalarClass.digit(s[j]) {
                integer += Double(d) * scale
                scale /= 10
                j += 1
            }
        }
        // 1e10, -127.32e13, 12.32e+14, ２.７８９０e－１: a power of ten glued to the digits, with
        // nothing glued after it.
        if j + 1 < n, s[j] == "e" || s[j] == "E" {
            var k = j + 1
            var sign = 1.0
            if "+-－＋−".unicodeScalars.contains(s[k]) {
                sign = s[k] == "+" || s[k] == "＋" ? 1 : -1
                k += 1
            }
            var exponent = 0.0
            let first = k
            while k < n, k - first < 3, let d = ScalarClass.digit(s[k]) {
                exponent = exponent * 10 + Double(d)
                k += 1
            }
            if k > first, k >= n || !(ScalarClass.isLetter(s[k]) || ScalarClass.digit(s[k]) != nil) {
                for _ in 0..<Int(exponent) { integer = sign > 0 ? integer * 10 : integer / 10 }
                fraction = true
                j = k
            }
        }
        // 2^5, 1.1^23, 2.5^-1: a power written with a caret.
        if j + 1 < n, s[j] == "^" {
            var k = j + 1
            var sign = 1.0
            if "+-−".unicodeScalars.contains(s[k]) {
                sign = s[k] == "+" ? 1 : -1
                k += 1
            }
            let first = k
            var exponent = 0.0
            while k < n, k - first < 3, let d = ScalarClass.digit(s[k]) {
                exponent = exponent * 10 + Double(d)
                k += 1
            }
            if k > first, k >= n || !(ScalarClass.isLetter(s[k]) || ScalarClass.digit(s[k]) != nil) {
                integer = pow(integer, sign * exponent)
                fraction = true
                j = k
            }
        }
        return Numeral(value: integer, low: integer, high: integer, start: start, end: j, form: .digits, isVague: false,
                       isScaled: false, integerDigits: digits, hasGrouping: grouped, hasFraction: fraction)
    }

    /// Whether the space at `j` groups thousands: a narrow, thin or no-break space before three
    /// digits always; an ordinary one only before two such groups (1 234 567) or after a first
    /// group no day of a month can be (40 000, not "March 5 100").
    func isSpaceGroup(at j: Int, first: Double, in s: [Unicode.Scalar]) -> Bool {
        let c = s[j]
        guard c == " " || c == "\u{202F}" || c == "\u{2009}" || c == "\u{A0}", isThreeDigits(at: j + 1, in: s) else { return false }
        if c != " " { return true }
        return first > 31 || (j + 4 < s.count && s[j + 4] == " " && isThreeDigits(at: j + 5, in: s))
    }

    func isThreeDigits(at index: Int, in s: [Unicode.Scalar]) -> Bool {
        guard index + 3 <= s.count else { return false }
        for k in index..<(index + 3) where ScalarClass.digit(s[k]) == nil { return false }
        return index + 3 == s.count || ScalarClass.digit(s[index + 3]) == nil
    }

    /// Chinese numerals: 三, 十二, 两百, 三千五百, 二〇二三 (digit by digit), with the large units
    /// between groups (四万五千六百二十二, 五兆六十二亿四万五千二), 零 holding an empty place
    /// (一百零五: 105; 九百万零四百: 9,000,400) and the last unit left out after a digit, as
    /// said (一百五: 150; 两千三百五: 2,350; 两万五: 25,000; 九十二万四: 924,000). Formal
    /// numerals (壹佰伍拾) count from two characters. A lone digit character is returned too;
    /// callers decide what it means.
    func readHan(at start: Int, in s: [Unicode.Scalar], digitRuns: Bool = false) -> Numeral? {
        var j = start
        // A run of digits written in a Chinese numeral (3万4000) stands for itself, never for a
        // unit left out.
        var pendingRun = false
        var total = 0.0
        var section = 0.0
        var pending: Double?
        var sequence = 0.0
        var onlyDigits = true
        var count = 0
        var formal = 0
        // The last unit of this group and the last large unit: what a digit after them stands for.
        var lastUnit: Double?
        var lastScale: Double?
        var lastScaleEnd = -1
        // A 零 since the last unit: the digit after it stands for itself.
        var zero = false
        var scaled = false
        // 万分之三, 萬分之肆: a large unit alone as a fraction's denominator.
        if let scale = lexicon.scales.match(at: start, in: s), lexicon.fractionMarks.match(at: scale.end, in: s) != nil {
            return Numeral(value: scale.value, low: scale.value, high: scale.value, start: start, end: scale.end, form: .han, isVague: false,
                           isScaled: false, integerDigits: 0, hasGrouping: false, hasFraction: false)
        }
        while j < s.count {
            let c = s[j]
            // 一百 五 十 二, 三千 八百 九十六 万, 7 万5 千4 百: spaces inside a numeral, only where
            // what follows continues it.
            if c == " " || c == "\u{3000}", count > 0, let k = spacedContinuation(after: j, in: s, pending: pending != nil,
                                                                                 open: !onlyDigits && (lastUnit != nil || lastScale != nil), digitRuns: digitRuns) {
                j = k
                continue
            }
            if digitRuns, ScalarClass.digit(c) != nil {
                let run = readDigits(at: j, in: s)
                guard pending == nil, !run.hasFraction, !run.hasGrouping else { break }
                onlyDigits = false
                pending = run.value
                pendingRun = run.integerDigits > 1
                count += run.end - j
                j = run.end
                continue
            }
            if let d = lexicon.hanDigits[c] {
                pendingRun = false
                if let previous = pending {
                    guard onlyDigits else { break }
                    sequence = sequence * 10 + previous // 二〇二三
                }
                if d == 0, !onlyDigits {
                    zero = true
                    pending = nil
                } else {
                    pending = d
                }
            } else if let unit = lexicon.hanUnits[c] {
                // 二〇二三 is a year, not a count of hundreds; units fall within a group (七十百分位
                // is 70 and a percentile).
                guard !onlyDigits || count <= 1, lastUnit.map({ unit < $0 }) ?? true else { break }
                onlyDigits = false
                section += (pending ?? 1) * unit
                pending = nil
                lastUnit = unit
                zero = false
            } else if let tens = lexicon.hanTens[c], pending == nil {
                // 廿五 (25), 卅 (30): tens written as one character.
                onlyDigits = false
                section += tens
                lastUnit = 10
            } else if count > 0, ScalarClass.isHan(c), let scale = lexicon.scales.match(at: j, in: s), !onlyDigits || count == 1,
                      lexicon.idioms.match(at: j, in: s) == nil {
                // 万, 亿, 万亿 close a group; a larger one after a smaller multiplies all before it.
                onlyDigits = false
                let group = section + (pending ?? 0)
                // 万万 (a hundred million, as 亿): the same large unit again, right after the first.
                if let previous = lastScale, scale.value > previous || scale.value == previous && group == 0 && j == lastScaleEnd {
                    total = (total + group) * scale.value
                } else {
                    total += group * scale.value
                }
                lastScaleEnd = scale.end
                section = 0
                pending = nil
                lastUnit = nil
                lastScale = scale.value
                zero = false
                scaled = true
                count += scale.end - j
                j = scale.end
                continue
            } else {
                break
            }
            if lexicon.hanFormal.contains(c) { formal += 1 }
            count += 1
            j += 1
        }
        guard count > 0 else { return nil }
        // Formal numerals (壹, 陆, 拾) stand alone as other words (大陸, 陸軍): two at least, or
        // one as a fraction's denominator (仟分之贰) or before a dozen (壹打).
        if formal > 0, count < 2, lexicon.fractionMarks.match(at: j, in: s) == nil,
           lexicon.guardedScales.match(at: j, in: s) == nil || start > 0 && ScalarClass.isHan(s[start - 1]) { return nil }
        // Digit-by-digit numbers (二〇二三) have a zero in them; otherwise only the first
        // character is a digit (唯一一家: "the only one").
        if onlyDigits, count > 1, !(start..<j).contains(where: { lexicon.hanDigits[s[$0]] == 0 }) {
            if lexicon.hanFormal.contains(s[start]) { return nil }
            let value = lexicon.hanDigits[s[start]] ?? 0
            return Numeral(value: value, low: value, high: value, start: start, end: start + 1, form: .han, isVague: false,
                           isScaled: false, integerDigits: 1, hasGrouping: false, hasFraction: false)
        }
        // A unit alone (百度, 千載難逢) is a word, not a number; before a hedge (十多万, 百余人) it is one.
        if count == 1, lexicon.hanUnits[s[start]] != nil, lexicon.scales.match(at: j, in: s) == nil, lexicon.tenthSuffixes.match(at: j, in: s) == nil,
           lexicon.guardedScales.match(at: j, in: s) == nil, hanDecimalEnd(at: j, in: s) == nil,
           lexicon.hedgesAfter.match(at: j, in: s) == nil,
           lexicon.singleNouns.match(at: j, in: s) == nil, lexicon.classifiers.match(at: j, in: s) == nil,
           lexicon.fractionMarks.match(at: j, in: s) == nil, j < s.count, ScalarClass.isHan(s[j]) { return nil }
        if let digit = pending, !onlyDigits {
            // 一百零五: the digit itself; 一百五: a digit of the unit below the last one; 两万五:
            // of the unit below the last large one.
            if zero || pendingRun {
                section += digit
            } else if let unit = lastUnit, unit > 10 {
                section += digit * unit / 10
            } else if lastUnit == nil, section == 0, let scale = lastScale {
                section += digit * scale / 10
            } else {
                section += digit
            }
            pending = nil
        }
        var value = onlyDigits ? sequence * 10 + (pending ?? 0) : total + section
        // 七点二, 三點五億: digits after the decimal word, and no minute mark after them (七点二分
        // is a time).
        var fraction = false
        // 四百 点 五: spaces around the decimal word.
        var p = j
        while p < s.count, p - j < 2, s[p] == " " { p += 1 }
        var q = p + 1
        while q < s.count, q - p < 3, s[q] == " " { q += 1 }
        if q < s.count, p < s.count, lexicon.hanDecimal.contains(s[p]), lexicon.hanDigits[s[q]] != nil {
            var k = q
            var digits = 0.0
            var scale = 1.0
            while k < s.count, let d = lexicon.hanDigits[s[k]] {
                digits = digits * 10 + d
                scale *= 10
                k += 1
            }
            if k >= s.count || (lexicon.hanUnits[s[k]] == nil && !lexicon.hanDecimalBlockers.contains(s[k])) {
                value += digits / scale
                j = k
                fraction = true
            }
        }
        return Numeral(value: value, low: value, high: value, start: start, end: j, form: digitRuns ? .digits : .han, isVague: false,
                       isScaled: scaled, integerDigits: onlyDigits ? count : 0, hasGrouping: false, hasFraction: fraction)
    }

    /// Where the digits after a decimal word at `j` end (十点二三三: 10.233), if they are a
    /// decimal part: no unit or clock mark after them (十点二十, 七点二分 are times).
    func hanDecimalEnd(at j: Int, in s: [Unicode.Scalar]) -> Int? {
        guard j + 1 < s.count, lexicon.hanDecimal.contains(s[j]), lexicon.hanDigits[s[j + 1]] != nil else { return nil }
        var k = j + 1
        while k < s.count, lexicon.hanDigits[s[k]] != nil { k += 1 }
        return k >= s.count || (lexicon.hanUnits[s[k]] == nil && !lexicon.hanDecimalBlockers.contains(s[k])) ? k : nil
    }

    /// Whether the sign at `k` starts a token: the text's start, or a space or an opening bracket
    /// before it that does not follow a number (10 -20 is a range).
    func standsApart(_ k: Int, in s: [Unicode.Scalar]) -> Bool {
        guard k > 0 else { return true }
        let b = s[k - 1]
        if b == "(" || b == "（" || b == "\n" { return true }
        // 收入为-2.5: a Han word before the sign, glued as Chinese writes, and no number just
        // before it (5公里-10公里 is a range).
        if ScalarClass.isHan(b) {
            return !s[max(0, k - 4)..<k].contains { ScalarClass.digit($0) != nil || lexicon.hanDigits[$0] != nil || lexicon.hanUnits[$0] != nil }
        }
        guard b == " " || b == "\u{A0}" else { return false }
        return k < 2 || (ScalarClass.digit(s[k - 2]) == nil && s[k - 2] != "%" && lexicon.hanDigits[s[k - 2]] == nil)
    }

    /// Where a numeral goes on after the space(s) at `j`, if it does: a unit after a digit (一百 五 十),
    /// a large unit after a group (九十六 万), a digit after a unit (八百 九十六; 5 千4 when digits
    /// are read in the numeral).
    func spacedContinuation(after j: Int, in s: [Unicode.Scalar], pending: Bool, open: Bool, digitRuns: Bool) -> Int? {
        var k = j
        while k < s.count, k - j < 2, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
        guard k < s.count else { return nil }
        let c = s[k]
        if lexicon.hanUnits[c] != nil, !lexicon.hanFormal.contains(c) || pending { return pending ? k : nil }
        if lexicon.scales.match(at: k, in: s) != nil { return pending || open ? k : nil }
        if lexicon.hanDigits[c] != nil, !pending, open { return k }
        if digitRuns, ScalarClass.digit(c) != nil, !pending, open { return k }
        return nil
    }
}
