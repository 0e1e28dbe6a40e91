import Foundation

/// Numbers in words, word by word (forty two, ba nghìn tư), and number words that are nouns too.
extension NumeralReader {
    /// A number in words, word by word: "forty two", "twenty-three", "three hundred and twenty
    /// one", "two million five hundred thousand", "hai mươi mốt" (21), "một trăm linh năm"
    /// (105), "ba nghìn tư" (3,400 where units are elided). Stops before a word that cannot
    /// continue it ("one two": 1).
    func readWords(at start: Int, first: (value: Double, end: Int), in s: [Unicode.Scalar]) -> Numeral {
        var total = 0.0
        var group = first.value
        var last = first.value      // the last small value added
        var afterScale: Double?     // the large unit said last, with nothing after it yet
        var joined = false          // a joiner ("and", "linh") since the last word
        var end = first.end
        var j = first.end
        func wordEnd(_ e: Int) -> Bool { e >= s.count || !ScalarClass.isLetter(s[e]) }
        guard wordEnd(first.end) else { return plainWord(first, start: start) }
        while j + 1 < s.count, s[j] == " " || s[j] == "-" || s[j] == "\u{A0}" {
            // A run of spaces between two words ("three hundred  and  thirty one") is one gap.
            var k = j + 1
            while k < s.count, k - j < 4, s[j] != "-", s[k] == " " || s[k] == "\u{A0}" { k += 1 }
            if let joiner = lexicon.wordJoiners.match(at: k, in: s), wordEnd(joiner.end), afterScale != nil || last >= 100, !joined {
                // "two million and one half": the fraction after "and" is read by withWordFraction.
                if joiner.end + 1 < s.count, s[joiner.end] == " ", smallFraction(at: joiner.end + 1, in: s) != nil { break }
                joined = true
                j = joiner.end
                continue
            }
            if let times = lexicon.tensMultipliers.match(at: k, in: s), wordEnd(times.end), !joined, last >= 1, last <= 9 {
                // hai mươi: the unit before is tens.
                group += last * 9
                last *= 10
                end = times.end
                j = times.end
                continue
            }
            if let scale = lexicon.scales.match(at: k, in: s), wordEnd(scale.end), !joined {
                if scale.value < 1000 {
                    guard group.truncatingRemainder(dividingBy: scale.value) == group, group > 0 else { break }
                    group *= scale.value
                    last = scale.value
                } else {
                    guard group > 0 || total > 0 else { break }
                    // "a thousand million": a larger unit right after a smaller one multiplies it.
                    if group == 0, let previous = afterScale, scale.value > previous {
                        total *= scale.value
                    } else {
                        total += max(group, 1) * scale.value
                    }
                    group = 0
                    last = scale.value
                    afterScale = scale.value
                }
                end = scale.end
                j = scale.end
                continue
            }
            guard let word = lexicon.numberWords.match(at: k, in: s), wordEnd(word.end), word.value < 100 else { break }
            // A unit after tens ("forty two"), anything after a large unit or a joiner; never
            // two units or two tens in a row.
            let afterTens = last >= 10 && last < 100 && last.truncatingRemainder(dividingBy: 10) == 0 && word.value < 10
            let fresh = last >= 100 || joined
            guard afterTens || fresh else { break }
            // "hai nghìn năm": two thousand years, not 2,005: a noun word continues a number
            // only after a joiner or before a multiplier.
            if lexicon.nounWords.match(at: k, in: s)?.end == word.end, !joined,
               !(word.end + 1 < s.count && (lexicon.tensMultipliers.match(at: word.end + 1, in: s) != nil || lexicon.scales.match(at: word.end + 1, in: s) != nil)) {
                break
            }
            if lexicon.elidedUnits, !joined, last >= 100, word.value < 10, group.truncatingRemainder(dividingBy: 100) == 0,
               !(word.end + 1 < s.count && (lexicon.tensMultipliers.match(at: word.end + 1, in: s) != nil || lexicon.scales.match(at: word.end + 1, in: s) != nil)) {
                // ba nghìn tư (3,400), một trăm hai (120): the unit below the last.
                group += word.value * last / 10
            } else {
                group += word.value
            }
            last = word.value
            joined = false
            afterScale = nil
            end = word.end
            j = word.end
        }
        let value = total + group
        return Numeral(value: value, low: value, high: value, start: start, end: end, form: .words, isVague: false,
                       isScaled: total > 0 || end > first.end && group >= 100, integerDigits: 0, hasGrouping: false, hasFraction: false)
    }

    func plainWord(_ word: (value: Double, end: Int), start: Int) -> Numeral {
        Numeral(value: word.value, low: word.value, high: word.value, start: start, end: word.end, form: .words,
                isVague: false, isScaled: false, integerDigits: 0, hasGrouping: false, hasFraction: false)
    }

    /// Whether a number word that is also a noun (vi "năm": five, year) is the number here: a
    /// word follows it ("năm nghi can", not "năm 2013" or "năm."), which does not make it the
    /// noun ("năm nay", "năm học"), and no word before it does ("nhiều năm", "thứ năm").
    func readsAsNumber(start: Int, end: Int, in s: [Unicode.Scalar]) -> Bool {
        guard end + 1 < s.count, s[end] == " ", ScalarClass.isLetter(s[end + 1]) else { return false }
        if let right = lexicon.nounWordRight.match(at: end + 1, in: s), right.end == s.count || !ScalarClass.isLetter(s[right.end]) {
            return false
        }
        guard start >= 2, s[start - 1] == " " || s[start - 1] == "\u{A0}" else { return true }
        // "5 năm tù": after a number it is the unit.
        if ScalarClass.digit(s[start - 2]) != nil { return false }
        if let left = lexicon.nounWordLeft.match(endingAt: start - 1, in: s), left.start == 0 || !ScalarClass.isLetter(s[left.start - 1]) {
            return false
        }
        return true
    }
}
