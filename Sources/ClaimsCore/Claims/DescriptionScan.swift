import Foundation

/// Reading a sentence into terms: core concepts, generated dictionary words, names (with their
/// country and other spellings), and the marks the descriptions use (attribution, updates,
/// joins, copulas, repeats, relatives).
extension DescriptionReader {
    /// The tokens of `sentence`, skipping the spans of values.
    func scan(_ sentence: TextSpan, scalars s: [Unicode.Scalar], language: ConceptLanguage, values: [TextSpan]) -> Scan {
        var out = Scan()
        var i = sentence.start
        let end = sentence.end
        // Where two modules read one figure ("5" and "5 brokebucks"), the shorter reading is the
        // figure and the rest is words: what one module adds does not hide another's measure.
        let sortedValues = values.filter { span in
            !values.contains { $0 != span && $0.start >= span.start && $0.end <= span.end && $0.end - $0.start < span.end - span.start }
        }.sorted { $0.start < $1.start }
        var nextValue = 0
        var firstWord = true
        func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            ScalarClass.isLetter(c) && !ScalarClass.isHan(c) || ScalarClass.asciiDigit(c) != nil || c == "-" || c == "'" || c == "’"
                || c.properties.generalCategory == .nonspacingMark
        }
        func boundary(_ k: Int) -> Bool { k >= end || !isWordScalar(s[k]) || s[k] == "-" }
        func text(_ a: Int, _ b: Int) -> String { String(scalars: s[a..<b]) }
        func coreToken(_ concepts: [Int], _ a: Int, _ b: Int) -> Token {
            let first = language.concepts[concepts[0]]
            return Token(term: DescriptionTerm(key: first.id, text: text(a, b), start: a, end: b, role: first.role),
                         keys: concepts.map { language.concepts[$0].id }, grows: concepts.contains { language.concepts[$0].grows },
                         isName: false, isUnit: language.concepts[concepts[0]].unit,
                         changes: concepts.contains { language.concepts[$0].changes },
                         generic: language.concepts[concepts[0]].generic,
                         scopes: concepts.filter { language.concepts[$0].role == .scope }.map { language.concepts[$0].id },
                         another: concepts.contains { language.concepts[$0].another },
                         undergoer: concepts.lazy.compactMap { language.concepts[$0].undergoer }.first)
        }
        func glossToken(_ keys: [String], _ a: Int, _ b: Int) -> Token {
            return Token(term: DescriptionTerm(key: keys.first ?? text(a, b), text: text(a, b), start: a, end: b), keys: keys,
                         grows: false, isName: false)
        }
        while i < end {
            while nextValue < sortedValues.count, sortedValues[nextValue].end <= i { nextValue += 1 }
            if nextValue < sortedValues.count, sortedValues[nextValue].start <= i {
                i = max(i + 1, sortedValues[nextValue].end)
                firstWord = false
                continue
            }
            let c = s[i]
            if language.attribution.mayStart(with: c), let mark = language.attribution.match(at: i, in: s), mark.value,
               ScalarClass.isHan(c) || boundary(mark.end) {
                out.attributionBefore.append(TextSpan(start: i, end: mark.end))
            }
            if language.attributionAfter.mayStart(with: c), let mark = language.attributionAfter.match(at: i, in: s),
               ScalarClass.isHan(c) || boundary(mark.end) {
                out.attributionAfter.append(TextSpan(start: i, end: mark.end))
                out.markText[i] = text(i, mark.end)
            }
            if language.updates.mayStart(with: c), let mark = language.updates.match(at: i, in: s), ScalarClass.isHan(c) || boundary(mark.end) {
                out.updates.append(TextSpan(start: i, end: mark.end))
            }
            if language.relatives.mayStart(with: c), let mark = language.relatives.match(at: i, in: s), ScalarClass.isHan(c) || boundary(mark.end),
               i == sentence.start || !isWordScalar(s[i - 1]) {
                var k = mark.end
                while k < end, s[k] != ",", s[k] != "，", s[k] != ";" { k += 1 }
                out.relatives.append((TextSpan(start: i, end: mark.end), k))
            }
            if language.joins.mayStart(with: c), let mark = language.joins.match(at: i, in: s), !isWordScalar(c) || ScalarClass.isHan(c)
                || (boundary(mark.end) && (i == sentence.start || !isWordScalar(s[i - 1]))) {
                out.joins.append(TextSpan(start: i, end: mark.end))
            }
            if language.copulas.mayStart(with: c), let mark = language.copulas.match(at: i, in: s), ScalarClass.isHan(c)
                || (boundary(mark.end) && (i == sentence.start || !isWordScalar(s[i - 1]))) {
                out.copulas.append(TextSpan(start: i, end: mark.end))
            }
            if language.passives.mayStart(with: c), let mark = language.passives.match(at: i, in: s), ScalarClass.isHan(c)
                || (boundary(mark.end) && (i == sentence.start || !isWordScalar(s[i - 1]))) {
                out.passives.append(TextSpan(start: i, end: mark.end))
            }
            if language.zoneMarks.mayStart(with: c), let mark = language.zoneMarks.match(at: i, in: s), ScalarClass.isHan(c)
                || (boundary(mark.end) && (i == sentence.start || !isWordScalar(s[i - 1]))) {
                out.zoneMarks.append(TextSpan(start: i, end: mark.end))
            }
            if language.agentMarks.mayStart(with: c), let mark = language.agentMarks.match(at: i, in: s), ScalarClass.isHan(c)
                || (boundary(mark.end) && (i == sentence.start || !isWordScalar(s[i - 1]))) {
                out.agentMarks.append(TextSpan(start: i, end: mark.end))
            }
            if language.repeats.mayStart(with: c), let mark = language.repeats.match(at: i, in: s), ScalarClass.isHan(c) || boundary(mark.end) {
                out.repeats.append(TextSpan(start: i, end: mark.end))
            }
            if ScalarClass.isHan(c) {
                // A measure word right after a value (两家公司, 17具尸体) is not part of the next word;
                // a word of the core is ("1時30分起飛": took off).
                if i > sentence.start, sortedValues.contains(where: { $0.end == i }), let stop = language.stopwords.match(at: i, in: s),
                   stop.end == i + 1, (language.core.match(at: i, in: s)?.end ?? i) <= stop.end {
                    i = stop.end
                    continue
                }
                var best: (token: Token, end: Int)?
                if language.core.mayStart(with: c), let match = language.core.match(at: i, in: s), match.end <= end {
                    best = (coreToken(match.value, i, match.end), match.end)
                }
                // Right after a figure its noun is read first: "2人為泰國人" counts 人 (people), not
                // the dictionary's 人為 (man-made).
                let afterValue = best != nil && sortedValues.contains { $0.end == i }
                var length = afterValue ? 0 : min(language.generatedLength, end - i)
                while length >= 2, length > (best.map { $0.end - i } ?? 0) {
                    if (i..<(i + length)).allSatisfy({ ScalarClass.isHan(s[$0]) }), let keys = language.keys(ofWord: text(i, i + length)) {
                        best = (glossToken(keys, i, i + length), i + length)
                        break
                    }
                    length -= 1
                }
                if var best {
                    if best.end < end, language.modifierMarks.match(at: best.end, in: s) != nil { best.token.modifier = true }
                    out.tokens.append(best.token)
                    i = best.end
                } else if let stop = language.stopwords.match(at: i, in: s) {
                    i = stop.end
                } else {
                    let one = text(i, i + 1)
                    out.tokens.append(Token(term: DescriptionTerm(key: "zh:" + one, text: one, start: i, end: i + 1, weight: 0.5),
                                            keys: ["zh:" + one], grows: false, isName: false))
                    i += 1
                }
                firstWord = false
                continue
            }
            guard ScalarClass.isLetter(c) else {
                if ScalarClass.asciiDigit(c) != nil {
                    // A number no extractor kept (a code, a list mark): skip it whole.
                    while i < end, isWordScalar(s[i]) { i += 1 }
                    firstWord = false
                } else {
                    if c == "." || c == ":" || c == "\n" { firstWord = true }
                    if c == "," || c == "，" || c == ";" || c == "；" || c == ":" || c == "：" { out.stops.append(i) }
                    i += 1
                }
                continue
            }
            var wordEnd = i
            while wordEnd < end, isWordScalar(s[wordEnd]) { wordEnd += 1 }
            if language.core.mayStart(with: c), let match = language.core.match(at: i, in: s), match.end <= end, boundary(match.end) {
                out.tokens.append(coreToken(match.value, i, match.end))
                i = match.end
                firstWord = false
                continue
            }
            if language.stopwords.mayStart(with: c), let stop = language.stopwords.match(at: i, in: s), boundary(stop.end) {
                i = stop.end
                firstWord = false
                continue
            }
            if language.tag == "vi", language.generatedLength >= 2, let found = syllables(from: i, scalars: s, end: end, language: language) {
                out.tokens.append(glossToken(found.keys, i, found.end))
                i = found.end
                firstWord = false
                continue
            }
            let word = text(i, wordEnd)
            let hasDigit = word.unicodeScalars.contains { ScalarClass.asciiDigit($0) != nil }
            let capital = ScalarClass.isUppercase(c)
            // A sentence's first word is capitalised anyway: a name there only if it spells a country
            // ("Greek officials said").
            if (capital && (!firstWord || language.place(word.lowercased().nfc) != nil))
                || (hasDigit && word.unicodeScalars.count >= 3) {
                // A name runs over the capitalised words that follow: "Lao Airlines", "Thái Lan".
                var nameEnd = wordEnd
                while nameEnd + 1 < end, s[nameEnd] == " ", ScalarClass.isUppercase(s[nameEnd + 1]) {
                    var next = nameEnd + 1
                    while next < end, isWordScalar(s[next]) { next += 1 }
                    nameEnd = next
                }
                let name = text(i, nameEnd)
                // A country has one key however it is spelt: "Thai", "Thais", "Thái Lan": thailand.
                let written = name.lowercased().nfc
                let key = language.place(written) ?? written
                out.tokens.append(Token(term: DescriptionTerm(key: key, text: name, start: i, end: nameEnd), keys: [key], grows: false, isName: true,
                                        forms: language.romanizedForms(of: name)))
                i = nameEnd
                firstWord = false
                continue
            } else if language.tag == "vi" || language.tag == "zh" {
                let key = "\(language.tag):" + word.lowercased().nfc
                out.tokens.append(Token(term: DescriptionTerm(key: key, text: word, start: i, end: wordEnd, weight: 0.7), keys: [key],
                                        grows: false, isName: false))
            } else {
                let key = language.fold(word)
                if language.tag == "en", let concept = language.englishHeads[key] {
                    // An inflection the core does not list ("assaults", "stabbings") is its head word's concept.
                    out.tokens.append(coreToken([concept], i, wordEnd))
                } else {
                    out.tokens.append(Token(term: DescriptionTerm(key: key, text: word, start: i, end: wordEnd), keys: [key], grows: false, isName: false))
                }
            }
            i = wordEnd
            firstWord = false
        }
        return out
    }

    /// The longest run of two or more Vietnamese syllables from `start` that the generated
    /// dictionary knows, with its keys.
    func syllables(from start: Int, scalars s: [Unicode.Scalar], end: Int, language: ConceptLanguage) -> (keys: [String], end: Int)? {
        var bounds: [(Int, Int)] = []
        var k = start
        while bounds.count < language.generatedLength, k < end, ScalarClass.isLetter(s[k]), !ScalarClass.isHan(s[k]) {
            var e = k
            while e < end, ScalarClass.isLetter(s[e]) || s[e].properties.generalCategory == .nonspacingMark { e += 1 }
            bounds.append((k, e))
            guard e < end, s[e] == " " else { break }
            k = e + 1
        }
        guard bounds.count >= 2 else { return nil }
        for count in stride(from: bounds.count, through: 2, by: -1) {
            let key = String(scalars: s[start..<bounds[count - 1].1]).lowercased().nfc
            if let keys = language.keys(ofWord: key) { return (keys, bounds[count - 1].1) }
        }
        return nil
    }
}
