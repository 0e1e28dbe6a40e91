/// What only looks like a figure. The value extractors share these tests so that model and
/// product names (GPT-4, Llama 2 70B, Office 365), URLs, file names, hashes, phone numbers,
/// numbered navigation lists, caption indices and page timestamps never become claims.
public struct TextTraps: Sendable {
    public let s: [Unicode.Scalar]
    /// The lexicons' words for what only looks like a figure.
    public let words: TrapWords

    public init(_ scalars: [Unicode.Scalar], words: TrapWords) {
        self.s = scalars
        self.words = words
    }

    /// `http://…`, `https://…`, `www.…` starting at `i`: the index after the address.
    public func webAddressEnd(at i: Int) -> Int? {
        let c = s[i]
        guard c == "h" || c == "H" || c == "w" || c == "W" else { return nil }
        if i > 0, ScalarClass.isLetter(s[i - 1]) { return nil }
        guard matchesFolded("http://", at: i) || matchesFolded("https://", at: i) || matchesFolded("www.", at: i) else { return nil }
        var j = i
        while j < s.count, !ScalarClass.isWhitespace(s[j]), !ScalarClass.isHan(s[j]), !"\"'<>)）」】".unicodeScalars.contains(s[j]) { j += 1 }
        return j
    }

    func matchesFolded(_ word: String, at i: Int) -> Bool {
        var k = i
        for expected in word.unicodeScalars {
            guard k < s.count, PhraseTable<Bool>.fold(s[k]) == expected else { return false }
            k += 1
        }
        return true
    }

    /// The digits between `start` and `end` are glued to an identifier: letters, paths, a dash
    /// after a word (GPT-4, COVID-19), further separators and digits (1.2.3, 10:39, 17/6/2023).
    /// Returns where that token ends, to skip it whole.
    public func identifierEnd(start: Int, end: Int) -> Int? {
        let n = s.count
        if start > 0 {
            let before = s[start - 1]
            if ScalarClass.isLetter(before) || "_/\\#@=&?~".unicodeScalars.contains(before) { return tokenEnd(from: end) }
            if before == "-" || before == "." || before == "‐" || before == "–", start > 1,
               ScalarClass.isLetter(s[start - 2]) || ScalarClass.digit(s[start - 2]) != nil {
                return tokenEnd(from: end)
            }
        }
        guard end < n else { return nil }
        let after = s[end]
        if ScalarClass.isLetter(after) || after == "_" { return tokenEnd(from: end) }
        if "./-:：".unicodeScalars.contains(after) || after == "‐", end + 1 < n, ScalarClass.digit(s[end + 1]) != nil {
            return tokenEnd(from: end)
        }
        return nil
    }

    /// The end of the run of non-space, non-Han characters starting at `index`.
    public func tokenEnd(from index: Int) -> Int {
        var j = index
        while j < s.count, !ScalarClass.isWhitespace(s[j]), !ScalarClass.isHan(s[j]), !"，。；！？、）」』”,;!?".unicodeScalars.contains(s[j]) { j += 1 }
        return max(j, index)
    }

    /// `1. Title`, `2、标题`, `3) Item` at the start of a line.
    public func isListMarker(start: Int, end: Int) -> Bool {
        guard atLineStart(start), end < s.count else { return false }
        let after = s[end]
        guard after == "." || after == "、" || after == ")" || after == "）" || after == "．" else { return false }
        return end + 1 >= s.count || ScalarClass.isWhitespace(s[end + 1]) || ScalarClass.isHan(s[end + 1])
            || ScalarClass.isLetter(s[end + 1])
    }

    public func atLineStart(_ index: Int) -> Bool {
        var k = index
        while k > 0, ScalarClass.isWhitespace(s[k - 1]), !ScalarClass.isNewline(s[k - 1]) { k -= 1 }
        return k == 0 || ScalarClass.isNewline(s[k - 1])
    }

    /// (1), （2）: a caption or footnote index.
    public func isParenthesisedIndex(start: Int, end: Int) -> Bool {
        guard start > 0, end < s.count, end - start <= 2 else { return false }
        return (s[start - 1] == "(" && s[end] == ")") || (s[start - 1] == "（" && s[end] == "）")
    }

    /// "7 hours ago", "3 giờ trước", "5分钟前": a page's timestamp, not the story's. Checked in
    /// every language, since page furniture is often in another language than the story.
    public func isRelativeTimestamp(after end: Int) -> Bool {
        var j = end
        if j < s.count, s[j] == " " || s[j] == "\u{A0}" { j += 1 }
        return words.timestamps.match(at: j, in: s) != nil
    }

    /// 5 p.m., 9 am: a clock time, not a count.
    public func isClockTime(after end: Int) -> Bool {
        var j = end
        if j < s.count, s[j] == " " || s[j] == "\u{A0}" { j += 1 }
        return words.clockSuffixes.match(at: j, in: s) != nil
    }

    /// Llama 2, Office 365, Windows 11: a short number right after a capitalised Latin word in
    /// the middle of a sentence is part of a name. Month names are dates, not names.
    public func isProductName(start: Int, end: Int) -> Bool {
        guard end - start <= 3, start >= 2, s[start - 1] == " " else { return false }
        var w = start - 1
        while w > 0, ScalarClass.isASCIILetter(s[w - 1]) { w -= 1 }
        // Capitalised (Office, Llama) or with a capital inside (iPhone, eBay).
        guard w < start - 1, (w..<(start - 1)).contains(where: { ScalarClass.isUppercase(s[$0]) }) else { return false }
        if w > 0, ScalarClass.isLetter(s[w - 1]) || ScalarClass.digit(s[w - 1]) != nil { return false }
        let word = String(scalars: s[w..<(start - 1)]).lowercased()
        if words.notNames.contains(word) { return false }
        var k = w
        while k > 0, ScalarClass.isWhitespace(s[k - 1]), !ScalarClass.isNewline(s[k - 1]) { k -= 1 }
        if k == 0 || ".!?。！？\n\"“(（:：".unicodeScalars.contains(s[k - 1]) { return false }
        return true
    }

    /// The word before `index`, skipping spaces.
    public func previousWord(before index: Int) -> String {
        var j = index
        while j > 0, s[j - 1] == " " || s[j - 1] == "\u{A0}" { j -= 1 }
        let end = j
        while j > 0, ScalarClass.isLetter(s[j - 1]) { j -= 1 }
        return String(scalars: s[j..<end]).lowercased()
    }
}

/// Remembers, line by line, whether a line has any words. Lines of bare numbers and
/// punctuation are navigation, pagination or list numbering, never claims.
public struct WordlessLines: Sendable {
    private var range = 0..<0
    private var hasWords = true

    public init() {}

    /// Whether the line around `index` holds no word and more than one token (a row of figures).
    /// A value that is the whole line (`value`: its span; "1 234 567", "2 1/4") stands alone.
    public mutating func isWordless(around index: Int, value: Range<Int>? = nil, in s: [Unicode.Scalar]) -> Bool {
        if let value, alone(value, in: s) { return false }
        if range.contains(index) { return !hasWords }
        var a = index
        while a > 0, !ScalarClass.isNewline(s[a - 1]) { a -= 1 }
        var k = a
        var words = false
        // A line that is one token ("1,674,200", "-4/5") is a value standing alone, not a row of
        // a table.
        var tokens = 0
        var inToken = false
        while k < s.count, !ScalarClass.isNewline(s[k]) {
            if !words, ScalarClass.isLetter(s[k]) || ScalarClass.isHan(s[k]) { words = true }
            let space = s[k] == " " || s[k] == "\t" || s[k] == "\u{A0}" || s[k] == "\u{3000}"
            if !space, !inToken { tokens += 1 }
            inToken = !space
            k += 1
        }
        range = a..<max(k, index + 1)
        hasWords = words || tokens <= 1
        return !hasWords
    }

    /// Whether only spaces stand between the span and its line's ends.
    private func alone(_ span: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        var a = span.lowerBound
        while a > 0, s[a - 1] == " " || s[a - 1] == "\t" { a -= 1 }
        guard a == 0 || ScalarClass.isNewline(s[a - 1]) else { return false }
        var b = span.upperBound
        while b < s.count, s[b] == " " || s[b] == "\t" { b += 1 }
        return b >= s.count || ScalarClass.isNewline(s[b])
    }
}
