/// Splits text into sentences for Chinese and Latin scripts alike, returning scalar-offset spans
/// trimmed of surrounding white space.
///
/// Boundaries: after 。！？；!? and the Chinese full stops, after a Latin full stop followed by
/// white space and a capital, digit, quote or Han character (unless the word before it is an
/// abbreviation or an initial), and at line breaks, which in captured web text separate
/// paragraphs, list items and headings. A single line break inside a Latin paragraph (hard-wrapped
/// text) does not end a sentence when the next line goes on in lower case.
public enum SentenceSplitter {
    /// `abbreviations`: lower-cased words without their final period after which a period does not
    /// end a sentence (mr, u.s, tp, jan), from the value lexicons (`sentences.abbreviations` and
    /// every month abbreviation).
    public static func split(_ text: String, abbreviations: Set<String> = []) -> [TextSpan] {
        split(Array(text.unicodeScalars), abbreviations: abbreviations)
    }

    public static func split(_ scalars: [Unicode.Scalar], abbreviations: Set<String> = []) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        var i = 0
        let n = scalars.count

        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
            while b > a, ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
            if a < b { spans.append(TextSpan(start: a, end: b)) }
            start = end
        }

        while i < n {
            let s = scalars[i]
            if ScalarClass.isNewline(s) {
                if !continuesWrappedLine(scalars, newlineAt: i) { emit(i) }
                i += 1
                continue
            }
            switch s.value {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF61: // 。！？；｡
                i = afterClosers(scalars, from: i + 1)
                emit(i)
                continue
            case 0x21, 0x3F: // ! ?
                let next = afterClosers(scalars, from: i + 1)
                if next >= n || ScalarClass.isWhitespace(scalars[next]) || ScalarClass.isHan(scalars[next]) {
                    i = next
                    emit(i)
                    continue
                }
            case 0x2E: // .
                let next = afterClosers(scalars, from: i + 1)
                if isLatinSentenceEnd(scalars, periodAt: i, next: next, abbreviations: abbreviations) {
                    i = next
                    emit(i)
                    continue
                }
            default:
                break
            }
            i += 1
        }
        emit(n)
        return spans
    }

    /// Skips closing quotes and brackets that belong to the sentence just ended.
    private static func afterClosers(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var j = index
        while j < scalars.count {
            switch scalars[j].value {
            case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x3011, 0x300B, 0x3009, 0xBB:
                j += 1
            default:
                return j
            }
        }
        return j
    }

    private static func isLatinSentenceEnd(_ scalars: [Unicode.Scalar], periodAt p: Int, next: Int, abbreviations: Set<String>) -> Bool {
        let n = scalars.count
        if next >= n { return true }
        if ScalarClass.isHan(scalars[next]) { return true }
        guard ScalarClass.isWhitespace(scalars[next]) else { return false }
        var k = next
        while k < n, ScalarClass.isWhitespace(scalars[k]), !ScalarClass.isNewline(scalars[k]) { k += 1 }
        if k >= n || ScalarClass.isNewline(scalars[k]) { return true }
        let following = scalars[k]
        let startsSentence = ScalarClass.isUppercase(following) || ScalarClass.digit(following) != nil
            || ScalarClass.isHan(following) || "\"'“‘«(「『".unicodeScalars.contains(following)
        guard startsSentence else { return false }
        // The word before the period: an initial or a known abbreviation does not end a sentence.
        var w = p
        while w > 0, ScalarClass.isLetter(scalars[w - 1]) || scalars[w - 1] == "." { w -= 1 }
        let word = String(scalars: scalars[w..<p]).lowercased()
        if word.isEmpty { return true }
        if word.unicodeScalars.count == 1, ScalarClass.isUppercase(scalars[w]) { return false }
        return !abbreviations.contains(word)
    }

    /// A line break inside a hard-wrapped Latin paragraph: the line does not end in terminal
    /// punctuation and the next line goes on in lower case.
    private static func continuesWrappedLine(_ scalars: [Unicode.Scalar], newlineAt i: Int) -> Bool {
        var b = i
        while b > 0, scalars[b - 1] == " " || scalars[b - 1] == "\t" || scalars[b - 1] == "\r" { b -= 1 }
        guard b > 0, ScalarClass.isLetter(scalars[b - 1]) || scalars[b - 1] == "," else { return false }
        var k = i + 1
        if scalars[i] == "\r", k < scalars.count, scalars[k] == "\n" { k += 1 } // CRLF is one break
        while k < scalars.count, scalars[k] == " " || scalars[k] == "\t" { k += 1 }
        guard k < scalars.count else { return false }
        let next = scalars[k]
        return ScalarClass.isLetter(next) && !ScalarClass.isUppercase(next)
    }
}
